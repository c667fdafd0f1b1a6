package summarize

import (
	"math"

	"github.com/storybrief/storybrief"
)

// Reranking. The greedy selection looks at one sentence at a time; the
// summaries it would make with a little more or less novelty, length or
// without one of its picks often score better as wholes (choosing the best
// of them with the reference in hand raises ROUGE-1 by two points on
// Multi-News validation). A linear model over features of whole summaries,
// trained on the candidates of training stories against their ROUGE,
// picks one (after MatchSum, Zhong et al. 2020, which scores candidate
// summaries as wholes).

// RerankFeatureNames names the features of a candidate summary.
var RerankFeatureNames = []string{
	"density", "mass", "length_ratio", "sentences", "docs_covered", "centroid",
	"redundancy_max", "redundancy_mean", "inv_pos_mean", "spread_coverage", "min_score", "greedy",
}

// Reranker is a linear model over RerankFeatureNames, fitted to the
// story-centred ROUGE of candidates.
type Reranker struct {
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
}

// candidates returns the greedy summary within words words and at most
// sentences sentences (0: no limit) first, then variants, none longer
// than limit words (0: no limit).
func (c *Cluster) candidates(ranked []int, score []float64, words, sentences, limit int) [][]int {
	budget := func(w int) storybrief.Budget {
		if limit > 0 {
			w = min(w, limit)
		}
		return storybrief.Budget{Words: w, Sentences: sentences}
	}
	var out [][]int
	base := c.pickNovel(ranked, score, budget(words), defNovelty)
	out = append(out, base)
	for _, scale := range []float64{0.85, 1, 1.15} {
		for _, nov := range []float64{0.25, 0.5, 1} {
			if scale == 1 && nov == defNovelty {
				continue
			}
			out = append(out, c.pickNovel(ranked, score, budget(int(float64(words)*scale)), nov))
		}
	}
	rest := make([]int, 0, len(ranked))
	for _, drop := range base {
		rest = rest[:0]
		for _, i := range ranked {
			if i != drop {
				rest = append(rest, i)
			}
		}
		out = append(out, c.pickNovel(rest, score, budget(words), defNovelty))
	}
	return out
}

// rerankCtx holds what the features of every candidate of one cluster
// share: the centroid as a dense array, the summed document frequency of
// the vocabulary, and scratch marks.
type rerankCtx struct {
	cent      []float64
	spreadAll float64
	mark      []int32 // term → last candidate that counted it
	doc       []int32 // document → last candidate that counted it
	weight    []float64
	stamp     int32
}

func (c *Cluster) newRerankCtx() *rerankCtx {
	r := &rerankCtx{cent: make([]float64, len(c.Vocab)), mark: make([]int32, len(c.Vocab)), doc: make([]int32, len(c.Docs)), weight: make([]float64, len(c.Vocab))}
	for _, w := range c.Centroid() {
		r.cent[w.Term] = float64(w.W)
	}
	for _, df := range c.DocDF {
		r.spreadAll += float64(df)
	}
	return r
}

// rerankFeatures returns the features of candidate summary chosen; k is
// its index among the candidates (0: the greedy one).
func (c *Cluster) rerankFeatures(rc *rerankCtx, chosen []int, score []float64, words int, k int) []float64 {
	f := make([]float64, len(RerankFeatureNames))
	if len(chosen) == 0 {
		return f
	}
	rc.stamp++
	var total, mass, invPos, spread, dot, norm float64
	minScore := math.Inf(1)
	docs := 0
	var distinct []int32
	for _, i := range chosen {
		s := &c.Sents[i]
		total += float64(s.Words)
		mass += score[i] * float64(s.Words)
		invPos += 1 / (1 + float64(s.Pos))
		minScore = math.Min(minScore, score[i])
		if rc.doc[s.Doc] != rc.stamp {
			rc.doc[s.Doc] = rc.stamp
			docs++
		}
		for _, t := range s.Terms {
			if rc.mark[t] != rc.stamp {
				rc.mark[t] = rc.stamp
				rc.weight[t] = 0
				spread += float64(c.DocDF[t])
				distinct = append(distinct, t)
			}
			rc.weight[t] += float64(c.IDF[t])
		}
	}
	for _, t := range distinct {
		dot += rc.weight[t] * rc.cent[t]
		norm += rc.weight[t] * rc.weight[t]
	}
	var redMax, redSum float64
	pairs := 0
	for a := 0; a < len(chosen); a++ {
		for b := a + 1; b < len(chosen); b++ {
			sim := c.Sim(chosen[a], chosen[b])
			redMax = math.Max(redMax, sim)
			redSum += sim
			pairs++
		}
	}
	n := float64(len(chosen))
	f[0] = mass / total
	f[1] = mass / float64(max(words, 1))
	f[2] = total / float64(max(words, 1))
	f[3] = n / 10
	f[4] = float64(docs) / float64(max(len(c.Docs), 1))
	if norm > 0 {
		f[5] = dot / math.Sqrt(norm)
	}
	f[6] = redMax
	if pairs > 0 {
		f[7] = redSum / float64(pairs)
	}
	f[8] = invPos / n
	if rc.spreadAll > 0 {
		f[9] = spread / rc.spreadAll
	}
	f[10] = minScore
	if k == 0 {
		f[11] = 1
	}
	return f
}

// rerankCandidates returns the candidates of c within words words (the
// story's length) and budget b, each in reading order, and their features.
func (c *Cluster) rerankCandidates(score []float64, ranked []int, words int, b storybrief.Budget) (cands [][]int, feats [][]float64) {
	cands = c.candidates(ranked, score, words, b.Sentences, b.Words)
	rc := c.newRerankCtx()
	for k, cand := range cands {
		c.orderByPosition(cand)
		feats = append(feats, c.rerankFeatures(rc, cand, score, words, k))
	}
	return cands, feats
}

// RerankSamples returns the candidates of c under model within words
// words and their features, for training a Reranker.
func RerankSamples(c *Cluster, model *Model, bg *Background, words int) ([][]int, [][]float64) {
	b := storybrief.Budget{Words: words}
	score, ranked, capped := scored(c, model, bg, b)
	return c.rerankCandidates(score, ranked, capped.Words, b)
}

// pick returns the index of the best candidate.
func (r *Reranker) pick(feats [][]float64) int {
	best, bestV := 0, math.Inf(-1)
	for k, f := range feats {
		v := 0.0
		for j, x := range f {
			v += r.Weights[j] * x
		}
		if v > bestV {
			best, bestV = k, v
		}
	}
	return best
}
