package rouge

import "strconv"

// Score is one ROUGE measure of a candidate against its references: recall,
// precision and F, with the counts they come from. With several
// references, the counts are sums over them, as the script's -f A does:
// Hits and RefCount are summed, and CandCount is the candidate's count
// once per reference, so that P = Hits / CandCount.
type Score struct {
	R, P, F   float64
	Hits      int // clipped matches (for ROUGE-L, LCS hits)
	RefCount  int // n-grams (tokens, for ROUGE-L) of the references
	CandCount int // n-grams (tokens) of the candidate, once per reference
}

// newScore computes R, P and F from the counts.
func newScore(hits, refCount, candCount int, alpha float64) Score {
	s := Score{Hits: hits, RefCount: refCount, CandCount: candCount}
	if refCount != 0 {
		s.R = float64(hits) / float64(refCount)
	}
	if candCount != 0 {
		s.P = float64(hits) / float64(candCount)
	}
	s.F = fMeasure(s.R, s.P, alpha)
	return s
}

// fMeasure is the script's F: P*R / ((1-alpha)*P + alpha*R), or 0 when the
// denominator is 0.
func fMeasure(r, p, alpha float64) float64 {
	d := (1-alpha)*p + alpha*r
	if d > 0 {
		return p * r / d
	}
	return 0
}

// Official returns s as ROUGE-1.5.5 reports it: R and P rounded to five
// decimals (sprintf "%7.5f"), and F computed from those rounded figures
// with the given alpha, then rounded in turn. The counts are kept.
func (s Score) Official(alpha float64) Score {
	o := s
	o.R, o.P = round5(s.R), round5(s.P)
	o.F = round5(fMeasure(o.R, o.P, alpha))
	return o
}

// round5 rounds x to five decimals as C's printf does.
func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}

// Result holds the measures of one candidate.
type Result struct {
	// N holds ROUGE-1 to ROUGE-N: N[0] is ROUGE-1.
	N []Score
	// L is ROUGE-L, summary-level union LCS; zero when Options.NoLCS.
	L Score
	// S is ROUGE-S or ROUGE-SU (see Options.SkipName); zero unless
	// Options.Skip.
	S Score
}

// Official returns r with every score as ROUGE-1.5.5 reports it (see
// Score.Official).
func (r Result) Official(alpha float64) Result {
	o := Result{N: make([]Score, len(r.N)), L: r.L.Official(alpha), S: r.S.Official(alpha)}
	for i, s := range r.N {
		o.N[i] = s.Official(alpha)
	}
	return o
}
