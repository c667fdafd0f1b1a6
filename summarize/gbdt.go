package summarize

import (
	"errors"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
)

// Forest is a gradient-boosted ensemble of regression trees (Friedman 2001,
// "Greedy function approximation: a gradient boosting machine"), fitted to
// squared error on histogram-binned features as LightGBM does (Ke et al.
// 2017), grown level by level to a fixed depth.
type Forest struct {
	Base  float64 `json:"base"`
	Trees []Tree  `json:"trees"`

	pack sync.Once
	// Every tree laid out complete to the forest's depth, for Predict:
	// tree t's splits fill splits[t*(2^depth-1):] breadth first (the
	// children of split k are 2k+1 and 2k+2) and its leaves
	// leaves[t*2^depth:]. A leaf above the full depth stands at the root
	// of a subtree whose every leaf holds its value. A walk is then depth
	// steps without a branch to mispredict, and a tree of depth 6 takes
	// 760 bytes, where linked nodes took 2 KB. A forest too deep to lay
	// out (deep) is walked in its trees' own arrays.
	depth  int
	deep   bool
	splits []split
	leaves []float32
}

// split is one split of a complete tree: feature <= threshold goes left.
type split struct {
	feature   int32
	threshold float32
}

// maxCompleteDepth bounds the depth laid out complete: a deeper tree
// would take 2^depth leaves however few it has.
const maxCompleteDepth = 10

// layout lays the trees out for Predict, once.
func (f *Forest) layout() { f.pack.Do(func() { f.lay(maxCompleteDepth) }) }

// lay lays the trees out complete when none is deeper than limit, else
// marks the forest deep.
func (f *Forest) lay(limit int) {
	depth := 0
	for _, tr := range f.Trees {
		depth = max(depth, tr.depth(0))
	}
	if depth > limit {
		f.deep = true
		return
	}
	f.depth = depth
	inner, outer := 1<<depth-1, 1<<depth
	f.splits = make([]split, len(f.Trees)*inner)
	f.leaves = make([]float32, len(f.Trees)*outer)
	for t, tr := range f.Trees {
		tr.fill(0, 0, 0, depth, f.splits[t*inner:(t+1)*inner], f.leaves[t*outer:(t+1)*outer])
	}
}

// depth returns the number of splits on the longest path from node k.
func (t *Tree) depth(k int32) int {
	if t.Feature[k] < 0 {
		return 0
	}
	return 1 + max(t.depth(t.Left[k]), t.depth(t.Right[k]))
}

// fill lays node k of t out at position pos, d levels down, of a complete
// tree of the given depth.
func (t *Tree) fill(k int32, pos, d, depth int, splits []split, leaves []float32) {
	if d == depth {
		leaves[pos-len(splits)] = t.Value[k]
		return
	}
	if t.Feature[k] < 0 {
		// A leaf above the full depth: both ways lead to its value.
		splits[pos] = split{threshold: float32(math.Inf(1))}
		t.fill(k, 2*pos+1, d+1, depth, splits, leaves)
		t.fill(k, 2*pos+2, d+1, depth, splits, leaves)
		return
	}
	splits[pos] = split{feature: int32(t.Feature[k]), threshold: t.Threshold[k]}
	t.fill(t.Left[k], 2*pos+1, d+1, depth, splits, leaves)
	t.fill(t.Right[k], 2*pos+2, d+1, depth, splits, leaves)
}

// Tree is one regression tree in flat arrays: node k splits on
// Feature[k] <= Threshold[k] to Left[k] or Right[k]; a node with Feature
// -1 is a leaf worth Value[k].
type Tree struct {
	Feature   []int16   `json:"f"`
	Threshold []float32 `json:"t"`
	Left      []int32   `json:"l"`
	Right     []int32   `json:"r"`
	Value     []float32 `json:"v"`
}

// Predict returns the ensemble's value for one feature row.
func (f *Forest) Predict(row []float64) float64 {
	f.layout()
	if f.deep {
		return f.walk(row)
	}
	s := f.Base
	inner, outer := 1<<f.depth-1, 1<<f.depth
	splits, leaves := f.splits, f.leaves
	for range f.Trees {
		k := 0
		for range f.depth {
			sp := splits[k]
			right := 0
			if !(row[sp.feature] <= float64(sp.threshold)) {
				right = 1
			}
			k = 2*k + 1 + right
		}
		s += float64(leaves[k-inner])
		splits, leaves = splits[inner:], leaves[outer:]
	}
	return s
}

// PredictRows sets out[i] to Predict(rows[i]) for every row, tree by
// tree and four rows at a time: the four walks through a tree do not wait
// on one another, and the tree stays in cache for all the rows. The sums
// are made in the same order as Predict's, so the values are the same.
func (f *Forest) PredictRows(rows [][]float64, out []float64) {
	f.layout()
	out = out[:len(rows)]
	if f.deep {
		for i, r := range rows {
			out[i] = f.walk(r)
		}
		return
	}
	for i := range out {
		out[i] = f.Base
	}
	inner, outer := 1<<f.depth-1, 1<<f.depth
	splits, leaves := f.splits, f.leaves
	right := func(row []float64, sp split) int {
		if !(row[sp.feature] <= float64(sp.threshold)) {
			return 1
		}
		return 0
	}
	for range f.Trees {
		i := 0
		for ; i+4 <= len(rows); i += 4 {
			r0, r1, r2, r3 := rows[i], rows[i+1], rows[i+2], rows[i+3]
			k0, k1, k2, k3 := 0, 0, 0, 0
			for range f.depth {
				k0 = 2*k0 + 1 + right(r0, splits[k0])
				k1 = 2*k1 + 1 + right(r1, splits[k1])
				k2 = 2*k2 + 1 + right(r2, splits[k2])
				k3 = 2*k3 + 1 + right(r3, splits[k3])
			}
			out[i] += float64(leaves[k0-inner])
			out[i+1] += float64(leaves[k1-inner])
			out[i+2] += float64(leaves[k2-inner])
			out[i+3] += float64(leaves[k3-inner])
		}
		for ; i < len(rows); i++ {
			k := 0
			for range f.depth {
				k = 2*k + 1 + right(rows[i], splits[k])
			}
			out[i] += float64(leaves[k-inner])
		}
		splits, leaves = splits[inner:], leaves[outer:]
	}
}

// walk is Predict over the trees' own arrays, node by node.
func (f *Forest) walk(row []float64) float64 {
	s := f.Base
	for _, tr := range f.Trees {
		k := int32(0)
		for tr.Feature[k] >= 0 {
			if row[tr.Feature[k]] <= float64(tr.Threshold[k]) {
				k = tr.Left[k]
			} else {
				k = tr.Right[k]
			}
		}
		s += float64(tr.Value[k])
	}
	return s
}

// BoostOptions configures FitForest.
type BoostOptions struct {
	Trees    int     // number of trees
	Depth    int     // levels of splits per tree
	Rate     float64 // shrinkage
	MinLeaf  int     // fewest samples in a leaf
	Bins     int     // histogram bins per feature, at most 256
	Lambda   float64 // L2 penalty on leaf values
	Workers  int     // goroutines building histograms
	Progress func(tree int, trainLoss float64)
}

// FitForest fits a forest to rows x (n samples of d features) and labels y.
func FitForest(x [][]float32, y []float32, o BoostOptions) (*Forest, error) {
	n := len(x)
	if n == 0 || len(y) != n {
		return nil, errors.New("boost: no samples, or labels do not match")
	}
	d := len(x[0])
	if o.Bins <= 1 || o.Bins > 256 {
		o.Bins = 64
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MinLeaf <= 0 {
		o.MinLeaf = 50
	}
	// Bin edges from quantiles of a sample of each feature.
	edges := make([][]float32, d)
	sample := make([]float32, 0, min(n, 200000))
	step := max(1, n/200000)
	for f := 0; f < d; f++ {
		sample = sample[:0]
		for i := 0; i < n; i += step {
			sample = append(sample, x[i][f])
		}
		slices.Sort(sample)
		var e []float32
		for b := 1; b < o.Bins; b++ {
			v := sample[len(sample)*b/o.Bins]
			if len(e) == 0 || v > e[len(e)-1] {
				e = append(e, v)
			}
		}
		edges[f] = e
	}
	bins := make([]uint8, n*d)
	for i := 0; i < n; i++ {
		for f := 0; f < d; f++ {
			v := x[i][f]
			bins[i*d+f] = uint8(sort.Search(len(edges[f]), func(k int) bool { return v <= edges[f][k] }))
		}
	}
	forest := &Forest{}
	var mean float64
	for _, v := range y {
		mean += float64(v)
	}
	mean /= float64(n)
	forest.Base = mean
	pred := make([]float64, n)
	for i := range pred {
		pred[i] = mean
	}
	resid := make([]float64, n)
	node := make([]int32, n)
	nb := o.Bins
	for t := 0; t < o.Trees; t++ {
		loss := 0.0
		for i := range resid {
			resid[i] = float64(y[i]) - pred[i]
			loss += resid[i] * resid[i]
			node[i] = 0
		}
		tr := Tree{Feature: []int16{-1}, Threshold: []float32{0}, Left: []int32{-1}, Right: []int32{-1}, Value: []float32{0}}
		active := []int32{0} // nodes to split at this level
		for level := 0; level < o.Depth && len(active) > 0; level++ {
			slot := make(map[int32]int, len(active))
			for k, nd := range active {
				slot[nd] = k
			}
			// Histograms per active node, feature and bin: sum and count.
			type hist struct {
				sum []float64
				cnt []int32
			}
			parts := make([]hist, o.Workers)
			var wg sync.WaitGroup
			for w := 0; w < o.Workers; w++ {
				wg.Go(func() {
					h := hist{sum: make([]float64, len(active)*d*nb), cnt: make([]int32, len(active)*d*nb)}
					lo, hi := n*w/o.Workers, n*(w+1)/o.Workers
					for i := lo; i < hi; i++ {
						k, ok := slot[node[i]]
						if !ok {
							continue
						}
						base := k * d * nb
						r := resid[i]
						row := bins[i*d : (i+1)*d]
						for f, b := range row {
							idx := base + f*nb + int(b)
							h.sum[idx] += r
							h.cnt[idx]++
						}
					}
					parts[w] = h
				})
			}
			wg.Wait()
			h := parts[0]
			for _, p := range parts[1:] {
				for i := range h.sum {
					h.sum[i] += p.sum[i]
					h.cnt[i] += p.cnt[i]
				}
			}
			var next []int32
			split := map[int32][2]int32{} // node → feature, bin
			for k, nd := range active {
				base := k * d * nb
				var total float64
				var count int32
				for b := 0; b < nb; b++ {
					total += h.sum[base+b]
					count += h.cnt[base+b]
				}
				tr.Value[nd] = float32(o.Rate * total / (float64(count) + o.Lambda))
				bestGain, bestF, bestB := 1e-12, -1, -1
				parent := total * total / (float64(count) + o.Lambda)
				for f := 0; f < d; f++ {
					var sl float64
					var cl int32
					for b := 0; b < nb-1; b++ {
						sl += h.sum[base+f*nb+b]
						cl += h.cnt[base+f*nb+b]
						cr := count - cl
						if int(cl) < o.MinLeaf || int(cr) < o.MinLeaf {
							continue
						}
						sr := total - sl
						gain := sl*sl/(float64(cl)+o.Lambda) + sr*sr/(float64(cr)+o.Lambda) - parent
						if gain > bestGain {
							bestGain, bestF, bestB = gain, f, b
						}
					}
				}
				if bestF < 0 || bestB >= len(edges[bestF]) {
					continue
				}
				l, r := int32(len(tr.Feature)), int32(len(tr.Feature)+1)
				tr.Feature[nd] = int16(bestF)
				tr.Threshold[nd] = edges[bestF][bestB]
				tr.Left[nd], tr.Right[nd] = l, r
				for range 2 {
					tr.Feature = append(tr.Feature, -1)
					tr.Threshold = append(tr.Threshold, 0)
					tr.Left = append(tr.Left, -1)
					tr.Right = append(tr.Right, -1)
					tr.Value = append(tr.Value, 0)
				}
				split[nd] = [2]int32{int32(bestF), int32(bestB)}
				next = append(next, l, r)
			}
			for i := 0; i < n; i++ {
				s, ok := split[node[i]]
				if !ok {
					continue
				}
				if int32(bins[i*d+int(s[0])]) <= s[1] {
					node[i] = tr.Left[node[i]]
				} else {
					node[i] = tr.Right[node[i]]
				}
			}
			active = next
		}
		// Leaves of the last level: their values from the samples in them.
		if len(active) > 0 {
			sum := map[int32]float64{}
			cnt := map[int32]float64{}
			for i := 0; i < n; i++ {
				if tr.Feature[node[i]] < 0 {
					sum[node[i]] += resid[i]
					cnt[node[i]]++
				}
			}
			for _, nd := range active {
				tr.Value[nd] = float32(o.Rate * sum[nd] / (cnt[nd] + o.Lambda))
			}
		}
		// Internal nodes keep no value; only leaves count.
		for k := range tr.Feature {
			if tr.Feature[k] >= 0 {
				tr.Value[k] = 0
			}
		}
		for i := 0; i < n; i++ {
			k := int32(0)
			for tr.Feature[k] >= 0 {
				if int32(bins[i*d+int(tr.Feature[k])]) <= binOf(edges[tr.Feature[k]], tr.Threshold[k]) {
					k = tr.Left[k]
				} else {
					k = tr.Right[k]
				}
			}
			pred[i] += float64(tr.Value[k])
		}
		forest.Trees = append(forest.Trees, tr)
		if o.Progress != nil {
			o.Progress(t, math.Sqrt(loss/float64(n)))
		}
	}
	return forest, nil
}

// binOf returns the bin index whose upper edge is threshold.
func binOf(edges []float32, threshold float32) int32 {
	return int32(sort.Search(len(edges), func(k int) bool { return threshold <= edges[k] }))
}

// check reports whether every tree of f is well formed and reads only
// features below d.
func (f *Forest) check(d int) error {
	for _, t := range f.Trees {
		n := len(t.Feature)
		if n == 0 || len(t.Threshold) != n || len(t.Left) != n || len(t.Right) != n || len(t.Value) != n {
			return errors.New("malformed tree")
		}
		for k, x := range t.Feature {
			if int(x) >= d || (x >= 0 && (t.Left[k] <= int32(k) || t.Right[k] <= int32(k) || int(t.Left[k]) >= len(t.Feature) || int(t.Right[k]) >= len(t.Feature))) {
				return errors.New("malformed tree")
			}
		}
	}
	return nil
}

// AverageForests returns the forest whose prediction is the mean of the
// predictions of fs: their bases averaged and their trees together, each
// leaf value divided by len(fs).
func AverageForests(fs ...*Forest) *Forest {
	out := &Forest{}
	k := float32(len(fs))
	for _, f := range fs {
		out.Base += f.Base / float64(len(fs))
		for _, tr := range f.Trees {
			v := make([]float32, len(tr.Value))
			for i, x := range tr.Value {
				v[i] = x / k
			}
			tr.Value = v
			out.Trees = append(out.Trees, tr)
		}
	}
	return out
}
