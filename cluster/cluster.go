package cluster

import (
	"container/list"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// Config sets a Clusterer up. The zero value works: each field has a
// default.
type Config struct {
	// Window is how long a story stays open after its latest article
	// (by published time, against the newest article seen). Default 72h.
	Window time.Duration
	// Terms appends the content words of a text to dst (default Terms).
	Terms func(dst []string, text string) []string
	// Entities appends the names of a text to dst (default Names).
	Entities func(dst []string, text string) []string
	// Model scores an article against a story (default DefaultModel).
	Model *Model
	// Postings is the most stories one index term points to (default 128):
	// the bound that keeps the cost per article flat.
	Postings int
	// Candidates is the most stories scored in full per article (default 16).
	Candidates int
	// Background holds reference document frequencies added to those seen
	// online (default NewsBackground(); &Background{} for none).
	Background *Background
}

// centroid sizes: terms kept per story, and how many of them are indexed.
const (
	keepTerms    = 200
	keepEntities = 60
	indexTerms   = 24
	indexEnts    = 8
	queryTerms   = 24
)

// Clusterer groups articles into stories online. It is not safe for
// concurrent use.
type Clusterer struct {
	cfg     Config
	df      map[string]int32 // document frequency of body terms
	edf     map[string]int32 // document frequency of entities
	docs    int32            // articles added
	stories map[int64]*story
	order   *list.List          // stories by last update, oldest first
	index   map[string][]*story // term (entities prefixed with "@") → stories
	newest  time.Time
	scratch []string
	touched map[*story]float64 // candidate accumulator, reused
}

// story is the state kept for one open story.
type story struct {
	id          int64
	n           int
	terms       map[string]float64 // summed sublinear tf of the bodies
	ents        map[string]float64
	first, last time.Time
	sumTime     float64 // seconds since epoch, summed, for the mean
	indexed     []string
	elem        *list.Element
}

// Doc is an article's features, computed once by Clusterer.Doc.
type Doc struct {
	Time  time.Time
	terms map[string]float64 // 1 + ln tf
	title map[string]float64
	ents  map[string]float64
}

// Empty reports whether d has no content word: it can join no story by
// its text.
func (d *Doc) Empty() bool { return len(d.terms) == 0 }

// New returns a Clusterer with cfg's settings, defaults filled in.
func New(cfg Config) *Clusterer {
	if cfg.Window <= 0 {
		cfg.Window = 72 * time.Hour
	}
	if cfg.Terms == nil {
		cfg.Terms = Terms
	}
	if cfg.Entities == nil {
		cfg.Entities = Names
	}
	if cfg.Model == nil {
		cfg.Model = DefaultModel()
	}
	if cfg.Postings <= 0 {
		cfg.Postings = 128
	}
	if cfg.Candidates <= 0 {
		cfg.Candidates = 16
	}
	if cfg.Background == nil {
		cfg.Background = NewsBackground()
	}
	return &Clusterer{
		cfg:     cfg,
		df:      map[string]int32{},
		edf:     map[string]int32{},
		stories: map[int64]*story{},
		order:   list.New(),
		index:   map[string][]*story{},
		touched: map[*story]float64{},
	}
}

// Window returns the time a story stays open after its latest article.
func (c *Clusterer) Window() time.Duration { return c.cfg.Window }

// Len returns the number of open stories.
func (c *Clusterer) Len() int { return len(c.stories) }

// Reset forgets every story and every document frequency.
func (c *Clusterer) Reset() { *c = *New(c.cfg) }

// Doc computes the features of an article: its body's words, its
// headline's words, and the names in both.
func (c *Clusterer) Doc(title, body string, published time.Time) *Doc {
	d := &Doc{Time: published}
	c.scratch = c.cfg.Terms(c.scratch[:0], body)
	d.terms = sublinear(c.scratch)
	c.scratch = c.cfg.Terms(c.scratch[:0], title)
	d.title = sublinear(c.scratch)
	c.scratch = c.cfg.Entities(c.scratch[:0], title)
	c.scratch = c.cfg.Entities(c.scratch, body)
	d.ents = sublinear(c.scratch)
	return d
}

// sublinear counts words and returns 1 + ln(count) for each.
func sublinear(words []string) map[string]float64 {
	m := make(map[string]float64, len(words)/2+1)
	for _, w := range words {
		m[w]++
	}
	for w, n := range m {
		m[w] = 1 + math.Log(n)
	}
	return m
}

func (c *Clusterer) idf(t string) float64 {
	bg := c.cfg.Background
	return math.Log((float64(bg.Docs+c.docs) + 1) / (float64(bg.DF[t]+c.df[t]) + 0.5))
}

// eidf is the inverse document frequency of a name: names of one word
// count the word's background frequency too.
func (c *Clusterer) eidf(e string) float64 {
	bg := c.cfg.Background
	n := c.edf[e]
	if !strings.Contains(e, " ") {
		n += bg.DF[e]
	}
	return math.Log((float64(bg.Docs+c.docs) + 1) / (float64(n) + 0.5))
}

// Assign returns the open story that d belongs to, and true; or false when
// it belongs to none and should start a story. It does not change the
// Clusterer: call Add to record the decision.
func (c *Clusterer) Assign(d *Doc) (int64, bool) {
	s, p := c.best(d)
	if s == nil || p < c.cfg.Model.Threshold {
		return 0, false
	}
	return s.id, true
}

// best returns the most likely candidate story for d, with its probability.
func (c *Clusterer) best(d *Doc) (*story, float64) {
	cands := c.candidates(d)
	var best *story
	bestP := -1.0
	for _, s := range cands {
		p := c.cfg.Model.Prob(c.features(d, s))
		if p > bestP || (p == bestP && best != nil && s.id < best.id) {
			best, bestP = s, p
		}
	}
	return best, bestP
}

// candidates looks d's top terms and names up in the index and returns the
// stories with the highest summed weights, at most cfg.Candidates.
func (c *Clusterer) candidates(d *Doc) []*story {
	clear(c.touched)
	for _, t := range topTerms(d.terms, c.idf, queryTerms) {
		w := d.terms[t] * c.idf(t)
		for _, s := range c.index[t] {
			c.touched[s] += w
		}
	}
	for _, e := range topTerms(d.ents, c.eidf, indexEnts) {
		w := d.ents[e] * c.eidf(e)
		for _, s := range c.index["@"+e] {
			c.touched[s] += w
		}
	}
	out := make([]*story, 0, len(c.touched))
	for s := range c.touched {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := c.touched[out[i]], c.touched[out[j]]
		if a != b {
			return a > b
		}
		return out[i].id < out[j].id
	})
	if len(out) > c.cfg.Candidates {
		out = out[:c.cfg.Candidates]
	}
	return out
}

// Features are the similarities of an article to a story that the model
// weighs.
type Features struct {
	Body   float64 // cosine of TF-IDF body vectors
	Title  float64 // cosine of the headline's words with the story's words
	Names  float64 // cosine of TF-IDF name vectors
	Time   float64 // exp(-|Δt| / 24h) to the story's latest article
	Mean   float64 // exp(-|Δt| / 72h) to the story's mean time
	Size   float64 // ln(1 + articles in the story)
	Shared float64 // fraction of the article's top 10 terms in the story
	// HasNames is 1 when both the article and the story have three names
	// or more: lower-cased text (as in Multi-News) has none, and Names
	// says nothing there.
	HasNames float64
}

func (c *Clusterer) features(d *Doc, s *story) Features {
	f := Features{
		Body:  cosine(d.terms, s.terms, c.idf),
		Title: cosine(d.title, s.terms, c.idf),
		Names: cosine(d.ents, s.ents, c.eidf),
		Size:  math.Log1p(float64(s.n)),
	}
	if len(d.ents) >= 3 && len(s.ents) >= 3 {
		f.HasNames = 1
	}
	dt := math.Abs(d.Time.Sub(s.last).Hours())
	if !d.Time.Before(s.first) && !d.Time.After(s.last) {
		dt = 0
	}
	f.Time = math.Exp(-dt / 24)
	mean := s.sumTime / float64(s.n)
	f.Mean = math.Exp(-math.Abs(float64(d.Time.Unix())-mean) / (72 * 3600))
	top := topTerms(d.terms, c.idf, 10)
	for _, t := range top {
		if s.terms[t] > 0 {
			f.Shared++
		}
	}
	if len(top) > 0 {
		f.Shared /= float64(len(top))
	}
	return f
}

// cosine returns the cosine of a and b weighted by idf.
func cosine(a, b map[string]float64, idf func(string) float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot, na, nb float64
	for t, x := range a {
		w := idf(t)
		x *= w
		na += x * x
		if y, ok := b[t]; ok {
			dot += x * y * w
		}
	}
	for t, y := range b {
		y *= idf(t)
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// topTerms returns the n terms of v with the highest v[t]*idf(t), ties by
// term.
func topTerms(v map[string]float64, idf func(string) float64, n int) []string {
	type tw struct {
		t string
		w float64
	}
	all := make([]tw, 0, len(v))
	for t, x := range v {
		all = append(all, tw{t, x * idf(t)})
	}
	slices.SortFunc(all, func(a, b tw) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		case a.t < b.t:
			return -1
		case a.t > b.t:
			return 1
		}
		return 0
	})
	if len(all) > n {
		all = all[:n]
	}
	out := make([]string, len(all))
	for i, x := range all {
		out[i] = x.t
	}
	return out
}

// Add records that d belongs to story id (a new story if id is not open),
// updating the document frequencies, the story's centroid and the index,
// and closes stories that fell out of the window.
func (c *Clusterer) Add(id int64, d *Doc) {
	c.docs++
	for t := range d.terms {
		c.df[t]++
	}
	for e := range d.ents {
		c.edf[e]++
	}
	s := c.stories[id]
	if s == nil {
		s = &story{id: id, terms: map[string]float64{}, ents: map[string]float64{}, first: d.Time, last: d.Time}
		s.elem = c.order.PushBack(s)
		c.stories[id] = s
	} else {
		c.order.MoveToBack(s.elem)
	}
	s.n++
	for t, x := range d.terms {
		s.terms[t] += x
	}
	for t, x := range d.title {
		s.terms[t] += x
	}
	for e, x := range d.ents {
		s.ents[e] += x
	}
	if d.Time.Before(s.first) {
		s.first = d.Time
	}
	if d.Time.After(s.last) {
		s.last = d.Time
	}
	s.sumTime += float64(d.Time.Unix())
	prune(s.terms, c.idf, keepTerms)
	prune(s.ents, c.eidf, keepEntities)
	c.reindex(s)
	if d.Time.After(c.newest) {
		c.newest = d.Time
	}
	c.expire()
	if c.docs%4096 == 0 {
		forgetRare(c.df, maxTerms)
		forgetRare(c.edf, maxTerms/2)
	}
}

// maxTerms bounds the document frequencies kept online: a service that runs
// for months meets ever more rare words (names, typos), and a word seen
// once long ago weighs no more than a word never seen.
const maxTerms = 400_000

// forgetRare drops the words seen in one document when df holds more than
// limit words.
func forgetRare(df map[string]int32, limit int) {
	if len(df) <= limit {
		return
	}
	for t, n := range df {
		if n <= 1 {
			delete(df, t)
		}
	}
}

// prune keeps the n heaviest terms of v once it holds half as many again.
func prune(v map[string]float64, idf func(string) float64, n int) {
	if len(v) <= n+n/2 {
		return
	}
	keep := topTerms(v, idf, n)
	kept := make(map[string]bool, len(keep))
	for _, t := range keep {
		kept[t] = true
	}
	for t := range v {
		if !kept[t] {
			delete(v, t)
		}
	}
}

// reindex points the index at s's current top terms and names.
func (c *Clusterer) reindex(s *story) {
	keys := topTerms(s.terms, c.idf, indexTerms)
	for _, e := range topTerms(s.ents, c.eidf, indexEnts) {
		keys = append(keys, "@"+e)
	}
	slices.Sort(keys)
	for _, k := range s.indexed {
		if _, found := slices.BinarySearch(keys, k); !found {
			c.unpost(k, s)
		}
	}
	for _, k := range keys {
		if _, found := slices.BinarySearch(s.indexed, k); !found {
			c.post(k, s)
		}
	}
	s.indexed = keys
}

func (c *Clusterer) post(k string, s *story) {
	p := append(c.index[k], s)
	if len(p) > c.cfg.Postings {
		// Drop the story updated longest ago from this list.
		old := 0
		for i, x := range p {
			if x.last.Before(p[old].last) {
				old = i
			}
		}
		victim := p[old]
		p = slices.Delete(p, old, old+1)
		if i, found := slices.BinarySearch(victim.indexed, k); found && victim != s {
			victim.indexed = slices.Delete(victim.indexed, i, i+1)
		}
		if victim == s {
			c.index[k] = p
			return
		}
	}
	c.index[k] = p
}

func (c *Clusterer) unpost(k string, s *story) {
	p := c.index[k]
	if i := slices.Index(p, s); i >= 0 {
		p = slices.Delete(p, i, i+1)
	}
	if len(p) == 0 {
		delete(c.index, k)
		return
	}
	c.index[k] = p
}

// expire closes the stories whose latest article is older than the window.
func (c *Clusterer) expire() {
	limit := c.newest.Add(-c.cfg.Window)
	for e := c.order.Front(); e != nil; {
		s := e.Value.(*story)
		if !s.last.Before(limit) {
			break
		}
		next := e.Next()
		c.order.Remove(e)
		for _, k := range s.indexed {
			c.unpost(k, s)
		}
		delete(c.stories, s.id)
		e = next
	}
}
