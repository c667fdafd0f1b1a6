package rouge

import (
	"errors"
	"fmt"
)

// Greedy scores a summary that grows one line at a time against fixed
// references: the ROUGE-1 and ROUGE-2 of the summary with one more line of
// a pool put in at a given place, in time linear in the n-grams that line
// shares with the references. A greedy oracle tries every line at every
// step; rescoring the whole summary for each try made it quadratic in the
// summary's length. The counts, and so the floats, are those
// ScoreSentences gives for the same lines in the same order, bigrams
// across line boundaries included.
type Greedy struct {
	alpha    float64
	nrefs    int
	index    [2]map[uint64]int32 // per level: reference n-gram → dense index
	refCount [2][][]int32        // per level, per reference: count by index
	refTotal [2]int
	cur      [2][]int32 // per level: the summary's count by index
	hits     [2]int
	total    [2]int
	lines    []greedyLine
}

// greedyLine is what a line of the pool brings: its n-grams that some
// reference uses, counted, and how many n-grams it has in all.
type greedyLine struct {
	shared      [2][]indexCount
	grams       [2]int
	first, last int32 // its first and last token (-1: none)
}

type indexCount struct{ index, count int32 }

// NewGreedy returns a Greedy for refs, which s prepared, over the lines of
// pool, which s analyzed, starting from the empty summary. s must compute
// ROUGE-1 and ROUGE-2 without length limits.
func (s *Scorer) NewGreedy(refs []*Reference, pool []Sentence) (*Greedy, error) {
	if s.opts.N < 2 || s.opts.LimitWords > 0 || s.opts.LimitBytes > 0 {
		return nil, errors.New("rouge: Greedy needs ROUGE-2 and no length limit")
	}
	s.checkOwner(pool)
	g := &Greedy{alpha: s.opts.Alpha, nrefs: len(refs), lines: make([]greedyLine, len(pool))}
	for l := range 2 {
		g.index[l] = map[uint64]int32{}
		for _, r := range refs {
			if r.owner != s {
				panic(fmt.Sprintf("rouge: reference %p prepared by another Scorer", r))
			}
			for _, k := range r.ngram[l].keys {
				if _, ok := g.index[l][k]; !ok {
					g.index[l][k] = int32(len(g.index[l]))
				}
			}
		}
		for _, r := range refs {
			counts := make([]int32, len(g.index[l]))
			gr := &r.ngram[l]
			for j, k := range gr.keys {
				counts[g.index[l][k]] = gr.counts[j]
			}
			g.refCount[l] = append(g.refCount[l], counts)
			g.refTotal[l] += gr.total
		}
		g.cur[l] = make([]int32, len(g.index[l]))
	}
	seen := map[int32]int{} // index → its place in shared
	for i := range pool {
		toks := pool[i].tok
		ln := &g.lines[i]
		ln.first, ln.last = -1, -1
		if len(toks) > 0 {
			ln.first, ln.last = toks[0], toks[len(toks)-1]
		}
		for l := range 2 {
			clear(seen)
			for k := l; k < len(toks); k++ {
				key := uint64(uint32(toks[k]))
				if l == 1 {
					key = pairKey(toks[k-1], toks[k])
				}
				ln.grams[l]++
				idx, ok := g.index[l][key]
				if !ok {
					continue
				}
				if at, ok := seen[idx]; ok {
					ln.shared[l][at].count++
					continue
				}
				seen[idx] = len(ln.shared[l])
				ln.shared[l] = append(ln.shared[l], indexCount{idx, 1})
			}
		}
	}
	return g, nil
}

// apply adds d of n-gram idx at level l to the summary and returns the
// change in hits.
func (g *Greedy) apply(l int, idx, d int32) int {
	c := g.cur[l][idx]
	h := 0
	for _, rc := range g.refCount[l] {
		if n := rc[idx]; n > 0 {
			h += int(min(c+d, n) - min(c, n))
		}
	}
	g.cur[l][idx] = c + d
	return h
}

// boundary returns the index of the bigram (a, b), or -1 when no
// reference uses it or either token is missing.
func (g *Greedy) boundary(a, b int32) int32 {
	if a < 0 || b < 0 {
		return -1
	}
	if idx, ok := g.index[1][pairKey(a, b)]; ok {
		return idx
	}
	return -1
}

// put adds line x between lines prev and next of the summary (-1: its
// start or end) with sign +1, or takes such an addition back with -1, and
// returns the change in hits and in n-grams at each level.
func (g *Greedy) put(prev, x, next int, sign int32) (hits, grams [2]int) {
	ln := &g.lines[x]
	if ln.first < 0 {
		return hits, grams
	}
	for l := range 2 {
		for _, ic := range ln.shared[l] {
			hits[l] += g.apply(l, ic.index, sign*ic.count)
		}
		grams[l] = int(sign) * ln.grams[l]
	}
	p, n := int32(-1), int32(-1)
	if prev >= 0 {
		p = g.lines[prev].last
	}
	if next >= 0 {
		n = g.lines[next].first
	}
	// The summary's tokens run on across lines: x's edges join its
	// neighbours, which no longer join each other.
	for _, e := range [...]struct {
		a, b int32
		d    int32
	}{{p, ln.first, 1}, {ln.last, n, 1}, {p, n, -1}} {
		if e.a < 0 || e.b < 0 {
			continue
		}
		grams[1] += int(sign * e.d)
		if idx := g.boundary(e.a, e.b); idx >= 0 {
			hits[1] += g.apply(1, idx, sign*e.d)
		}
	}
	return hits, grams
}

// Try returns ROUGE-1 and ROUGE-2 of the summary with line x of the pool
// put between its lines prev and next, which must be adjacent in the
// summary (-1: its start or end). The summary does not change. A line
// without tokens changes no score; it must not be added, for a line next
// to it would then miss the tokens that run on across it.
func (g *Greedy) Try(prev, x, next int) (r1, r2 Score) {
	hits, grams := g.put(prev, x, next, 1)
	g.put(prev, x, next, -1)
	var res [2]Score
	for l := range 2 {
		res[l] = newScore(g.hits[l]+hits[l], g.refTotal[l], g.nrefs*(g.total[l]+grams[l]), g.alpha)
	}
	return res[0], res[1]
}

// Add puts line x of the pool between lines prev and next, as Try scores
// it.
func (g *Greedy) Add(prev, x, next int) {
	hits, grams := g.put(prev, x, next, 1)
	for l := range 2 {
		g.hits[l] += hits[l]
		g.total[l] += grams[l]
	}
}
