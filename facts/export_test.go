package facts

import (
	"math"

	"github.com/storybrief/storybrief"
)

// PairInfo describes how two sentences of different documents compare.
type PairInfo struct {
	A, B     storybrief.Citation
	Measures []float64
	Support  bool
	Opposed  bool
}

// Pairs compares every pair of sentences of different documents of a
// story, for tests that study the measures.
func (f *Finder) Pairs(docs []*storybrief.Document) []PairInfo {
	s := f.prepare(docs)
	var out []PairInfo
	for i := range s.units {
		for j := i + 1; j < len(s.units); j++ {
			a, b := &s.units[i], &s.units[j]
			if a.doc == b.doc {
				continue
			}
			e := s.pair(a, b)
			sa, sb := s.support(i), s.support(j)
			out = append(out, PairInfo{A: sa.Citation, B: sb.Citation, Measures: s.measures(a, b, e), Support: e.support, Opposed: e.opposed})
		}
	}
	return out
}

// measures computes alternative similarity measures.
func (s *story) measures(a, b *unit, e edge) []float64 {
	var sa, sb, shared, sa2, sb2, shared2 float64
	for _, t := range a.terms {
		w := float64(s.idf[t.id] * t.bg)
		sa += w
		sa2 += w * w
	}
	for _, t := range b.terms {
		w := float64(s.idf[t.id] * t.bg)
		sb += w
		sb2 += w * w
		if hasTerm(a.terms, t.id) {
			shared += w
			shared2 += w * w
		}
	}
	// background weights only
	var ba, bb, bs, ba2, bb2, bs2 float64
	for _, t := range a.terms {
		w := float64(t.bg)
		ba += w
		ba2 += w * w
	}
	for _, t := range b.terms {
		w := float64(t.bg)
		bb += w
		bb2 += w * w
		if hasTerm(a.terms, t.id) {
			bs += w
			bs2 += w * w
		}
	}
	bgCos := bs2 / math.Max(math.Sqrt(ba2*bb2), 1e-9)
	bgDice := 2 * bs / math.Max(ba+bb, 1e-9)
	bgContain := bs / math.Max(math.Min(ba, bb), 1e-9)
	dice := 2 * shared / math.Max(sa+sb, 1e-9)
	contain := shared / math.Max(math.Min(sa, sb), 1e-9)
	contain2 := shared2 / math.Max(math.Min(sa2, sb2), 1e-9)
	return []float64{float64(e.sim), cosine(a, b), dice, contain, contain2, math.Sqrt(float64(e.sim) * contain), shared, bgCos, bgDice, bgContain, bs}
}

func cosine(a, b *unit) float64 {
	var dot, na, nb float64
	for k, t := range a.terms {
		na += float64(a.w[k]) * float64(a.w[k])
		for l, u := range b.terms {
			if u.id == t.id {
				dot += float64(a.w[k]) * float64(b.w[l])
			}
		}
	}
	for l := range b.terms {
		nb += float64(b.w[l]) * float64(b.w[l])
	}
	return dot / math.Max(math.Sqrt(na*nb), 1e-9)
}
