package server

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/render"
	"github.com/storybrief/storybrief/store"
)

// csp allows the page's own style sheet and nothing else: no scripts at
// all, so nothing in an article's text can run even if it got through.
const csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2 Jan 2006 15:04 UTC")
	},
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	},
	// safeURL keeps http(s) links and drops anything else.
	"link": func(u string) string {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") {
			return ""
		}
		return p.String()
	},
}

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"stories.html", "story.html", "article.html", "error.html"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render writes a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) error {
	var b strings.Builder
	if err := s.pages[name].ExecuteTemplate(&b, "layout", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", csp)
	w.WriteHeader(code)
	_, err := w.Write([]byte(b.String()))
	return err
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if err := s.render(w, r, code, "error.html", map[string]any{"Title": http.StatusText(code), "Code": code, "Message": msg}); err != nil {
		http.Error(w, msg, code)
	}
}

// pageStories serves /: the stories, newest first, with search.
func (s *Server) pageStories(w http.ResponseWriter, r *http.Request) error {
	q, err := storyQuery(r, 25)
	if err != nil {
		return err
	}
	list, total, err := s.store.Stories(r.Context(), q)
	if err != nil {
		return err
	}
	page := q.Offset/q.Limit + 1
	link := func(p int) string {
		v := url.Values{}
		if q.Q != "" {
			v.Set("q", q.Q)
		}
		if r.URL.Query().Get("sort") != "" {
			v.Set("sort", string(q.Sort))
		}
		if p > 1 {
			v.Set("page", strconv.Itoa(p))
		}
		if len(v) == 0 {
			return "/"
		}
		return "/?" + v.Encode()
	}
	data := map[string]any{"Title": "Stories", "Q": q.Q, "Sort": string(q.Sort), "Stories": list, "Total": total, "Page": page}
	if page > 1 {
		data["Prev"] = link(page - 1)
	}
	if q.Offset+len(list) < total {
		data["Next"] = link(page + 1)
	}
	if q.Q != "" {
		data["Title"] = "Stories about " + q.Q
	}
	return s.render(w, r, http.StatusOK, "stories.html", data)
}

// briefView is the brief JSON as the pages read it. Only documents and
// summary are required; facts, quotes and entities appear when the brief
// has them, each read on its own so that a change in one does not hide
// the others.
type briefView struct {
	Title     string
	Documents []struct {
		ID     string `json:"id"`
		Source string `json:"source"`
		Title  string `json:"title"`
	} `json:"documents"`
	Summary []struct {
		Text    string     `json:"text"`
		Sources []citeJSON `json:"sources"`
		Speaker string     `json:"speaker"`
		Cut     bool       `json:"cut"`
	} `json:"summary"`
	Facts []struct {
		Text    string     `json:"text"`
		Status  string     `json:"status"`
		Sources []citeJSON `json:"sources"`
	}
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Doc     string `json:"doc"`
		Line    int    `json:"line"`
		Kind    string `json:"kind"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
	}
	Entities []struct {
		Name string   `json:"name"`
		Type string   `json:"type"`
		Docs []string `json:"docs"`
	}
}

type citeJSON struct {
	Doc   string `json:"doc"`
	Line  int    `json:"line"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func decodeBrief(data []byte) (*briefView, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	v := &briefView{}
	json.Unmarshal(raw["title"], &v.Title)
	if err := json.Unmarshal(raw["documents"], &v.Documents); err != nil {
		return nil, fmt.Errorf("brief documents: %w", err)
	}
	if err := json.Unmarshal(raw["summary"], &v.Summary); err != nil {
		return nil, fmt.Errorf("brief summary: %w", err)
	}
	// Optional sections: ignored when absent or not in the expected shape.
	if json.Unmarshal(raw["facts"], &v.Facts) != nil {
		v.Facts = nil
	}
	if json.Unmarshal(raw["quotes"], &v.Quotes) != nil {
		v.Quotes = nil
	}
	if json.Unmarshal(raw["entities"], &v.Entities) != nil {
		v.Entities = nil
	}
	return v, nil
}

// Page views.
type (
	citeView struct {
		N    int    // the source's number
		Href string // the cited sentence in its article
		Line int
	}
	sentenceView struct {
		Text  string
		Who   string // whom a quote in the sentence is from, where the sentence does not say
		Cites []citeView
	}
	sourceView struct {
		N       int
		Doc     string
		Article int64
		Title   string
		Source  string
		Href    string   // the article page, with the story's citations
		Cited   []string // the cited sentences, in text order
		Quoted  int
	}
	factGroup struct {
		Status string
		Label  string
		Facts  []sentenceView
	}
	quoteView struct {
		Speaker, Text, Kind string
		Cite                citeView
	}
	entityView struct {
		Name, Type string
		Docs       int
	}
)

// pageStory serves /stories/{id}: the brief with its sources.
func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	st, b, err := s.brief(r, id)
	if err != nil {
		return err
	}
	v, err := decodeBrief(b.JSON)
	if err != nil {
		return fmt.Errorf("story %d: %w", id, err)
	}
	num := map[string]int{}
	for i, d := range v.Documents {
		num[d.ID] = i + 1
	}
	arts, err := s.briefArticles(r.Context(), b)
	if err != nil {
		return err
	}
	href := func(c citeJSON) string {
		aid := b.Docs[c.Doc]
		if aid == 0 {
			return ""
		}
		h := fmt.Sprintf("/articles/%d?story=%d", aid, id)
		if c.End > c.Start {
			h += fmt.Sprintf("#c-%d", c.Start)
		}
		return h
	}
	cites := func(cs []citeJSON) []citeView {
		var out []citeView
		seen := map[int]bool{}
		for _, c := range cs {
			n := num[c.Doc]
			if n == 0 || seen[n] {
				continue
			}
			seen[n] = true
			out = append(out, citeView{N: n, Href: href(c), Line: c.Line})
		}
		return out
	}
	var summary []sentenceView
	citedSpans := map[string][][2]int{}
	for _, sen := range v.Summary {
		text := render.ReadableSummary(storybrief.SummarySentence{Text: sen.Text, Cut: sen.Cut})
		summary = append(summary, sentenceView{Text: text, Who: sen.Speaker, Cites: cites(sen.Sources)})
		for _, c := range sen.Sources {
			citedSpans[c.Doc] = append(citedSpans[c.Doc], [2]int{c.Start, c.End})
		}
	}
	var facts []factGroup
	for _, g := range []struct{ status, label string }{{"corroborated", "Corroborated"}, {"single", "Only one source"}, {"disputed", "In dispute"}} {
		fg := factGroup{Status: g.status, Label: g.label}
		for _, f := range v.Facts {
			if f.Status == g.status && !(g.status == "single" && len(v.Documents) < 2) {
				text := render.Readable(f.Text)
				if factCut(f.Text, f.Sources, b.Docs, arts) {
					text += " …"
				}
				fg.Facts = append(fg.Facts, sentenceView{Text: text, Cites: cites(f.Sources)})
			}
		}
		if len(fg.Facts) > 0 {
			facts = append(facts, fg)
		}
	}
	var quotes []quoteView
	for _, q := range v.Quotes {
		qv := quoteView{Speaker: render.Readable(q.Speaker), Text: clip(render.Readable(q.Text), 300), Kind: q.Kind, Cite: citeView{N: num[q.Doc], Line: q.Line}}
		if aid := b.Docs[q.Doc]; aid != 0 {
			qv.Cite.Href = fmt.Sprintf("/articles/%d?story=%d", aid, id)
			if q.End > q.Start {
				qv.Cite.Href += fmt.Sprintf("&quote=%d-%d#q-%d", q.Start, q.End, q.Start)
			}
		}
		quotes = append(quotes, qv)
	}
	var ents []entityView
	for i, e := range v.Entities {
		if i == 20 {
			break
		}
		ents = append(ents, entityView{Name: render.Readable(e.Name), Type: e.Type, Docs: len(e.Docs)})
	}
	var sources []sourceView
	for i, d := range v.Documents {
		sv := sourceView{N: i + 1, Doc: d.ID, Article: b.Docs[d.ID], Title: render.Readable(d.Title), Source: d.Source}
		if sv.Article != 0 {
			sv.Href = fmt.Sprintf("/articles/%d?story=%d", sv.Article, id)
		}
		if a := arts[sv.Article]; a != nil {
			for _, sp := range mergeSpans(citedSpans[d.ID]) {
				if sp[0] >= 0 && sp[1] <= len(a.Text) && sp[0] < sp[1] {
					sv.Cited = append(sv.Cited, render.Readable(a.Text[sp[0]:sp[1]]))
				}
			}
		}
		sources = append(sources, sv)
	}
	title := render.Readable(v.Title)
	if title == "" {
		title = render.Readable(st.Title)
	}
	if title == "" {
		title = "Story " + itoa(id)
	}
	return s.render(w, r, http.StatusOK, "story.html", map[string]any{
		"Title": title, "Story": st, "Stale": b.Version < st.Version, "Summary": summary, "Facts": facts,
		"Quotes": quotes, "Entities": ents, "Sources": sources, "API": "/api/stories/" + itoa(id),
	})
}

// factCut reports whether the article text stops inside the sentence that
// states a fact (its source whose words are the fact's text), as
// storybrief.Document.Cut tells.
func factCut(text string, sources []citeJSON, docs map[string]int64, arts map[int64]*store.Article) bool {
	for _, c := range sources {
		a := arts[docs[c.Doc]]
		if a == nil || c.Start < 0 || c.End > len(a.Text) || c.Start >= c.End || storybrief.CollapseSpace(a.Text[c.Start:c.End]) != storybrief.CollapseSpace(text) {
			continue
		}
		d := storybrief.Document{Text: a.Text}
		return d.Cut(storybrief.Span{Start: c.Start, End: c.End})
	}
	return false
}

// briefArticles reads the articles a brief cites, by id.
func (s *Server) briefArticles(ctx context.Context, b *store.Brief) (map[int64]*store.Article, error) {
	out := map[int64]*store.Article{}
	for _, aid := range b.Docs {
		a, err := s.store.Article(ctx, aid, false)
		if err != nil {
			return nil, err
		}
		out[aid] = a
	}
	return out, nil
}

// mergeSpans sorts spans and merges those that overlap.
func mergeSpans(spans [][2]int) [][2]int {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out [][2]int
	for _, sp := range spans {
		if n := len(out); n > 0 && sp[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// segment is a run of a paragraph's text, cited or not.
type segment struct {
	Text  string
	Cited bool   // a sentence the brief cites
	Quote bool   // the quote the reader came for
	ID    string // anchor of a run that starts a citation (c-START) or the quote (q-START)
}

// paragraphView is one paragraph as the article page shows it.
type paragraphView struct {
	Kind     string
	Segments []segment
}

// pageArticle serves /articles/{id}: the article's paragraphs, with the
// sentences that the brief of story= (default: the article's story)
// cites highlighted and anchored (#c-START).
func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	a, err := s.store.Article(ctx, id, false)
	if err != nil {
		return err
	}
	storyID := a.Story
	if v := r.URL.Query().Get("story"); v != "" {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil && n > 0 {
			storyID = n
		}
	}
	var spans [][2]int
	st, err := s.store.Story(ctx, storyID)
	if err != nil {
		return err
	}
	if b, err := s.store.Brief(ctx, storyID); err == nil {
		doc := ""
		for d, aid := range b.Docs {
			if aid == id {
				doc = d
			}
		}
		if v, err := decodeBrief(b.JSON); err == nil && doc != "" {
			for _, sen := range v.Summary {
				for _, c := range sen.Sources {
					if c.Doc == doc {
						spans = append(spans, [2]int{c.Start, c.End})
					}
				}
			}
		}
	}
	spans = mergeSpans(spans)
	var quote [2]int
	if v := r.URL.Query().Get("quote"); v != "" {
		a, b, _ := strings.Cut(v, "-")
		quote[0], _ = strconv.Atoi(a)
		quote[1], _ = strconv.Atoi(b)
	}
	paint := newPaint(len(a.Text), spans, quote)
	var paras []paragraphView
	for _, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Text) || p.Start >= p.End {
			continue
		}
		paras = append(paras, paragraphView{Kind: string(p.Kind), Segments: paint.segments(a.Text, p.Start, p.End)})
	}
	title := render.Readable(a.Title)
	if title == "" {
		title = a.Source
	}
	return s.render(w, r, http.StatusOK, "article.html", map[string]any{
		"Title": title, "Article": a, "Story": st, "Paragraphs": paras, "Cited": len(spans), "API": "/api/articles/" + itoa(id),
	})
}

// paint labels each byte of an article's text: cited by the brief, in the
// quote asked for, or neither; and where each highlighted run's anchor is.
type paint struct {
	label   []uint8 // 0 plain, 1 cited, 2 the quote
	anchors map[int]string
}

const (
	plain uint8 = iota
	cited
	quoted
)

// newPaint paints the cited spans (sorted, disjoint), then the quote
// [start, end) over them; spans out of range are ignored.
func newPaint(n int, spans [][2]int, quote [2]int) *paint {
	p := &paint{label: make([]uint8, n), anchors: map[int]string{}}
	fill := func(a, b int, l uint8, anchor string) {
		if a < 0 || b > n || a >= b {
			return
		}
		for i := a; i < b; i++ {
			p.label[i] = l
		}
		p.anchors[a] = anchor
	}
	for _, sp := range spans {
		fill(sp[0], sp[1], cited, "c-"+strconv.Itoa(sp[0]))
	}
	fill(quote[0], quote[1], quoted, "q-"+strconv.Itoa(quote[0]))
	return p
}

// segments cuts text[start:end] into runs of one label. A run that begins
// a painted span carries its anchor.
func (p *paint) segments(text string, start, end int) []segment {
	var out []segment
	for i := start; i < end; {
		j := i + 1
		for j < end && p.label[j] == p.label[i] && p.anchors[j] == "" {
			j++
		}
		seg := segment{Text: render.Readable(text[i:j]), Cited: p.label[i] == cited, Quote: p.label[i] == quoted}
		if seg.Cited || seg.Quote {
			seg.ID = p.anchors[i]
		}
		out = append(out, seg)
		i = j
	}
	return out
}

// clip shortens s to about n bytes at a word boundary, with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
