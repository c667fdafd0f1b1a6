package cluster

import (
	"math"
	"sort"
)

// A reader who hands over "the articles of one story" sometimes hands over
// two stories, or a page that is no article at all (a cookie wall, an
// archive's landing page, an unrelated story scraped by mistake). Split
// tells them apart, offline, for the few articles of one brief.

// SplitCosine is the TF-IDF cosine of two articles' words (headline and
// body) at which Split links them into one story. Measured on the train
// splits of NeuS and Multi-News (3,000 stories each): at 0.04, 0.8% of
// NeuS stories and 13% of Multi-News stories split, most of the latter
// on a document that is no part of the story (a cookie wall, an
// archive's page); two stories mixed are told apart in 60% (NeuS, whose
// articles are a few lines) and 93% (Multi-News) of cases.
const SplitCosine = 0.04

// splitCosine returns the cosine at which two articles link, the shorter
// of which has n distinct content words: SplitCosine up to 100 words,
// rising to 2.5 times as much at 200 and beyond. Two long articles share
// common words by chance: pages of go-trafilatura's and go-readability's
// test sets, none about the seed story, reach a cosine of 0.06 with one
// of the seed articles in one case out of ten (0.15 at most), while the
// seed articles reach 0.24 to 0.30 with each other.
func splitCosine(n int) float64 {
	f := min(max(float64(n-100)/100, 0), 1)
	return SplitCosine * (1 + 1.5*f)
}

// SplitMax is the most articles Split compares, each with each: beyond
// it, they are taken as one story.
const SplitMax = 1000

// SplitNeighbors is how many of an article's closest others it may link
// to, when there are more.
const SplitNeighbors = 5

// SplitTerms is the number of distinct content words below which an
// article is too short to tell a story of its own: it joins the largest
// group unless it links to another.
const SplitTerms = 20

// Split groups docs, given as the articles of one story, into the stories
// they tell: two articles are linked when the cosine of their words
// reaches SplitCosine (more for long articles) and, among more than
// SplitNeighbors+1 articles, each is among the other's SplitNeighbors
// closest; a group is a set of articles linked one to another. An article
// with fewer than SplitTerms content words that links to none joins the
// largest group: too short to tell. The groups list indexes into docs in
// input order, the largest group first (ties: the one that starts first);
// one group when the articles tell one story, none when docs is empty.
func (c *Clusterer) Split(docs []*Doc) [][]int {
	if len(docs) == 0 {
		return nil
	}
	if len(docs) > SplitMax {
		all := make([]int, len(docs))
		for i := range all {
			all[i] = i
		}
		return [][]int{all}
	}
	words, terms := c.splitVectors(docs)
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	root := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	n := len(docs)
	sim := make([]float64, n*n)
	for i := range n {
		for j := i + 1; j < n; j++ {
			sim[i*n+j] = dotSorted(words[i], words[j])
			sim[j*n+i] = sim[i*n+j]
		}
	}
	// Among many articles, chance links chain unrelated ones into one
	// group: a link holds only between articles among each other's
	// SplitNeighbors closest.
	near := make([]float64, n) // the similarity of each article's SplitNeighbors-th closest
	if n > SplitNeighbors+1 {
		row := make([]float64, 0, n)
		for i := range n {
			row = append(row[:0], sim[i*n:(i+1)*n]...)
			row = append(row[:i], row[i+1:]...)
			sort.Sort(sort.Reverse(sort.Float64Slice(row)))
			near[i] = row[SplitNeighbors-1]
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if s := sim[i*n+j]; root(i) != root(j) && s >= splitCosine(min(terms[i], terms[j])) && s >= near[i] && s >= near[j] {
				parent[root(j)] = root(i)
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range docs {
		r := root(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	// a group of one short article tells no story of its own
	var groups, short [][]int
	for _, r := range roots {
		g := byRoot[r]
		if len(g) == 1 && terms[g[0]] < SplitTerms {
			short = append(short, g)
			continue
		}
		groups = append(groups, g)
	}
	sort.SliceStable(groups, func(x, y int) bool { return len(groups[x]) > len(groups[y]) })
	if len(groups) == 0 {
		groups, short = short[:1], short[1:]
	}
	for _, g := range short {
		groups[0] = append(groups[0], g...)
	}
	sort.Ints(groups[0])
	return groups
}

// splitVectors returns each article's words weighed by IDF, to unit
// length, as a vector sorted by term (a cosine is then one merge of two;
// the sums run in term order, so that they come out the same on every
// run), and the number of its distinct words.
func (c *Clusterer) splitVectors(docs []*Doc) ([][]termWeight, []int) {
	// terms numbered as the articles bring them in, each article's new
	// ones in their own order: the same on every run, and the terms of
	// an earlier article all come before a later one's new terms, where
	// a merge of the two stops
	bags := make([]map[string]float64, len(docs))
	vocab := map[string]int32{}
	var fresh []string
	for i, d := range docs {
		bags[i] = d.words()
		fresh = fresh[:0]
		for t := range bags[i] {
			if _, ok := vocab[t]; !ok {
				fresh = append(fresh, t)
			}
		}
		sort.Strings(fresh)
		for _, t := range fresh {
			vocab[t] = int32(len(vocab))
		}
	}
	words := make([][]termWeight, len(docs))
	terms := make([]int, len(docs))
	for i, w := range bags {
		terms[i] = len(w)
		v := make([]termWeight, 0, len(w))
		for t, x := range w {
			v = append(v, termWeight{vocab[t], x * c.idf(t)})
		}
		sort.Slice(v, func(a, b int) bool { return v[a].t < v[b].t })
		var norm float64
		for _, tw := range v {
			norm += tw.w * tw.w
		}
		if norm > 0 {
			for k := range v {
				v[k].w /= math.Sqrt(norm)
			}
		}
		words[i] = v
	}
	return words, terms
}

// termWeight is one term of a sparse vector.
type termWeight struct {
	t int32
	w float64
}

// dotSorted returns the dot product of two sparse vectors sorted by term.
func dotSorted(a, b []termWeight) float64 {
	var dot float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].t < b[j].t:
			i++
		case a[i].t > b[j].t:
			j++
		default:
			dot += a[i].w * b[j].w
			i++
			j++
		}
	}
	return dot
}

// words returns the article's words, headline and body together: the
// most of the two counts of each.
func (d *Doc) words() map[string]float64 {
	if len(d.title) == 0 {
		return d.terms
	}
	m := make(map[string]float64, len(d.terms)+len(d.title))
	for t, x := range d.terms {
		m[t] = x
	}
	for t, x := range d.title {
		m[t] = max(m[t], x)
	}
	return m
}
