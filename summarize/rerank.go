package summarize

import (
	"math"

	"github.com/storybrief/storybrief"
)

// Reranking. The greedy selection looks at one sentence at a time; the
// summaries it would make with a little more or less novelty, length or
// without one of its picks often score better as wholes (choosing the best
// of them with the reference in hand raises ROUGE-1 by two points on
// Multi-News validation). A small gradient-boosted forest over features of
// whole summaries (their predicted density, redundancy, coverage of the
// story's vocabulary and of the pairs of words its documents share, the
// Jensen-Shannon divergence of their words from the story's), trained on
// the candidates of training stories against their ROUGE, picks one (after
// MatchSum, Zhong et al. 2020, which scores candidate summaries as wholes,
// and Louis and Nenkova 2013 for the divergence).

// RerankFeatureNames names the features of a candidate summary.
var RerankFeatureNames = []string{
	"density", "mass", "length_ratio", "sentences", "docs_covered", "centroid",
	"redundancy_max", "redundancy_mean", "inv_pos_mean", "spread_coverage", "min_score", "greedy",
	"js_divergence", "bigram_support", "bigram_coverage", "quote_share", "dangling_share",
	"lead_share", "rank_mean", "story_docs_log", "story_input_ratio", "story_top_score",
}

// Reranker scores candidate summaries by RerankFeatureNames, fitted to the
// story-centred ROUGE of candidates: a linear model, or a forest.
type Reranker struct {
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	// Forest, when set, is the model instead of Weights. It reads each
	// candidate's features followed by their differences from the mean
	// over the story's candidates (RerankRows).
	Forest *Forest `json:"forest,omitempty"`
}

// RerankRows returns the rows a reranker's forest reads for the features
// of one story's candidates: each candidate's features, then their
// differences from the candidates' mean.
func RerankRows(feats [][]float64) [][]float64 {
	if len(feats) == 0 {
		return nil
	}
	d := len(feats[0])
	mean := make([]float64, d)
	for _, f := range feats {
		for q, x := range f {
			mean[q] += x / float64(len(feats))
		}
	}
	rows := make([][]float64, len(feats))
	for k, f := range feats {
		row := make([]float64, 2*d)
		copy(row, f)
		for q, x := range f {
			row[d+q] = x - mean[q]
		}
		rows[k] = row
	}
	return rows
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

	prob       []float64 // term → its share of the cluster's term tokens
	count      []float64 // term → its tokens in the current candidate
	bigrams    [][]int32 // sentence → ids of its adjacent content-term pairs
	bigramDF   []int32   // pair id → documents using it
	bigramMark []int32   // pair id → last candidate that counted it
	bigramAll  float64   // summed documents beyond the first over the pairs
	quoted     []bool    // sentence → carries a quotation mark
	lead       []bool    // sentence → is its document's first eligible one
	rank       []float64 // sentence → its place among the ranked, 0 (best) to 1

	// The story's context, the same for every candidate: with a forest,
	// what makes a good candidate may depend on it.
	docsLog, inputRatio, topScore float64
}

func (c *Cluster) newRerankCtx(score []float64, ranked []int, words int) *rerankCtx {
	r := &rerankCtx{cent: make([]float64, len(c.Vocab)), mark: make([]int32, len(c.Vocab)), doc: make([]int32, len(c.Docs)), weight: make([]float64, len(c.Vocab))}
	r.lead, r.rank = make([]bool, len(c.Sents)), make([]float64, len(c.Sents))
	eligibleWords := 0
	for k, i := range ranked {
		r.rank[i] = float64(k) / float64(max(len(ranked)-1, 1))
		eligibleWords += c.Sents[i].Words
		if k < 5 {
			r.topScore += score[i] / float64(min(5, len(ranked)))
		}
	}
	for _, idx := range c.ByDoc {
		for _, i := range idx {
			if c.Sents[i].Eligible {
				r.lead[i] = true
				break
			}
		}
	}
	r.docsLog = math.Log(float64(len(c.Docs)))
	r.inputRatio = float64(eligibleWords) / float64(max(words, 1))
	for _, w := range c.Centroid() {
		r.cent[w.Term] = float64(w.W)
	}
	for _, df := range c.DocDF {
		r.spreadAll += float64(df)
	}
	r.prob = make([]float64, len(c.Vocab))
	r.count = make([]float64, len(c.Vocab))
	total := 0.0
	r.bigrams, r.bigramDF = c.pairs()
	r.quoted = make([]bool, len(c.Sents))
	for i, s := range c.Sents {
		if s.Eligible {
			r.quoted[i] = hasQuoteMark(s.Text)
		}
		for _, t := range s.Terms {
			r.prob[t]++
			total++
		}
	}
	if total > 0 {
		for t := range r.prob {
			r.prob[t] /= total
		}
	}
	for _, df := range r.bigramDF {
		r.bigramAll += float64(df - 1)
	}
	r.bigramMark = make([]int32, len(r.bigramDF))
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
	var tokens, bigrams, bigramsShared, bigramCover, quotes, dangles, leads, rank float64
	for _, i := range chosen {
		s := &c.Sents[i]
		rank += rc.rank[i]
		if rc.lead[i] {
			leads++
		}
		if rc.quoted[i] {
			quotes++
		}
		if s.dangles {
			dangles++
		}
		tokens += float64(len(s.Terms))
		for _, id := range rc.bigrams[i] {
			df := rc.bigramDF[id]
			bigrams++
			if df >= 2 {
				bigramsShared++
			}
			if rc.bigramMark[id] != rc.stamp {
				rc.bigramMark[id] = rc.stamp
				bigramCover += float64(df - 1)
			}
		}
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
				rc.count[t] = 0
				spread += float64(c.DocDF[t])
				distinct = append(distinct, t)
			}
			rc.weight[t] += float64(c.IDF[t])
			rc.count[t]++
		}
	}
	for _, t := range distinct {
		dot += rc.weight[t] * rc.cent[t]
		norm += rc.weight[t] * rc.weight[t]
	}
	// Jensen-Shannon divergence between the candidate's distribution of
	// terms and the story's: the reference-free measure of summary content
	// that tracks ROUGE best (Louis and Nenkova 2013).
	if tokens > 0 {
		js, pIn := 0.0, 0.0
		for _, t := range distinct {
			q, p := rc.count[t]/tokens, rc.prob[t]
			m := (p + q) / 2
			js += 0.5*q*math.Log(q/m) + 0.5*p*math.Log(p/m)
			pIn += p
		}
		js += 0.5 * (1 - pIn) * math.Ln2 // story terms the candidate lacks
		f[12] = js
	}
	if bigrams > 0 {
		f[13] = bigramsShared / bigrams
	}
	if rc.bigramAll > 0 {
		f[14] = bigramCover / rc.bigramAll
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
	f[15] = quotes / n
	f[16] = dangles / n
	f[17] = leads / float64(len(c.Docs))
	f[18] = rank / n
	f[19] = rc.docsLog
	f[20] = rc.inputRatio
	f[21] = rc.topScore
	return f
}

// rerankCandidates returns the candidates of c within words words (the
// story's length) and budget b, each in reading order, and their features.
func (c *Cluster) rerankCandidates(score []float64, ranked []int, words int, b storybrief.Budget) (cands [][]int, feats [][]float64) {
	cands = c.candidates(ranked, score, words, b.Sentences, b.Words)
	rc := c.newRerankCtx(score, ranked, words)
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
	var vals []float64
	if r.Forest != nil {
		vals = make([]float64, len(feats))
		r.Forest.PredictRows(RerankRows(feats), vals)
	}
	best, bestV := 0, math.Inf(-1)
	for k, f := range feats {
		v := 0.0
		if r.Forest != nil {
			v = vals[k]
		} else {
			for j, x := range f {
				v += r.Weights[j] * x
			}
		}
		if v > bestV {
			best, bestV = k, v
		}
	}
	return best
}
