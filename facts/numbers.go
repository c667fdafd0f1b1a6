package facts

import (
	"math"
	"slices"
)

// numbersConflict reports whether two sentences give different figures for
// the same quantity: two of their numbers count the same thing and differ,
// and neither is matched by a figure of the other sentence. A count of
// people killed and one of people shot are two quantities, and so are a
// count of years and one of what they saw ("8 years of job gains",
// "134,000 jobs").
func numbersConflict(a, b []number) bool {
	_, _, ok := conflictingFigures(a, b, false)
	return ok
}

// conflictingFigures returns the first two numbers of a and b that give
// different figures for the same quantity (see numbersConflict); with
// acts, two figures of what different verbs befell before them ("three
// people are dead" against "shot two people") are not such: that is the
// test of a figures dispute.
func conflictingFigures(a, b []number, acts bool) (x, y number, ok bool) {
	has := func(ns []number, v float64) bool {
		for _, n := range ns {
			if n.value == v {
				return true
			}
		}
		return false
	}
	for _, x := range a {
		if x.year || x.expected || x.increment || x.part || x.sourcing {
			continue
		}
		for _, y := range b {
			if y.year || y.expected || y.increment || y.part || y.sourcing || otherAges(x, y) || x.time != y.time || x.qualifiers != y.qualifiers || !sameQuantity(x, y) || compatible(x, y) || x.pred >= 0 && y.pred >= 0 && x.pred != y.pred || acts && otherActs(x, y) {
				continue
			}
			// x and y count the same thing and differ; a figure the other
			// sentence also gives is another quantity (a total, a revision).
			if !has(b, x.value) && !has(a, y.value) && !agrees(x, b) && !agrees(y, a) && (!acts || near(x, y)) {
				return x, y, true
			}
		}
	}
	return number{}, number{}, false
}

// near reports whether two figures are close enough to be two reports of
// one quantity: neither more than twice the other. Outlets that count one thing
// differ by a rounding, a late update, a slip ("20 people injured" against
// "22 people were hurt"); figures further apart count two things ("2,600
// international restaurants" against "500 restaurants have been
// updated").
func near(x, y number) bool {
	if x.clock || y.clock {
		return true // times of day: 11 p.m. and 1 a.m. are two hours apart
	}
	a, b := math.Abs(x.value), math.Abs(y.value)
	if a > b {
		a, b = b, a
	}
	return b <= 2*a
}

// otherActs reports whether what befell what x and y count differs, told
// after them ("were killed") or before them ("shot two people").
func otherActs(x, y number) bool {
	p, q := x.pred, y.pred
	if p < 0 {
		p = x.acted
	}
	if q < 0 {
		q = y.acted
	}
	return p >= 0 && q >= 0 && p != q
}

// otherAges reports whether x and y are the ages of two different things:
// "the 49-year-old actress" and "her 9-year-old dog".
func otherAges(x, y number) bool { return apart(x.ageOf, y.ageOf) }

// apart reports whether two lists each hold something and share nothing:
// two ages of different things, two sentences' different periods.
func apart[T comparable](a, b []T) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// givesFigure reports whether some number of ns gives figure f for its
// quantity and not figure g, the other side's: a sentence of a figures
// dispute takes f's side.
func givesFigure(ns []number, f, g number) bool {
	for _, n := range ns {
		if !n.year && !n.expected && sameQuantity(n, f) && compatible(n, f) && !(sameQuantity(n, g) && compatible(n, g)) {
			return true
		}
	}
	return false
}

// agrees reports whether some number of ns that counts the same thing as x
// is compatible with it.
func agrees(x number, ns []number) bool {
	for _, n := range ns {
		if !n.year && sameQuantity(x, n) && compatible(x, n) {
			return true
		}
	}
	return false
}

// sameQuantity reports whether two numbers count the same kind of thing
// in the same measure: what they count shares a concept ("a 50% stake"
// and "a 40% stake"; "the 151-year-old treaty" and "a 150-year-old
// treaty"), which a measure alone does not give ("rose 14 percent" and
// "rose 2.7%"; "8 years of job gains" and "a 50-year low").
func sameQuantity(x, y number) bool {
	return x.measure == y.measure && x.per == y.per && shareUnit(x, y)
}

// shareUnit reports whether two numbers share a concept of what they
// count.
func shareUnit(x, y number) bool {
	for _, u := range x.unit {
		for _, v := range y.unit {
			if u == v {
				return true
			}
		}
	}
	return false
}

// compatible reports whether two figures can be the same quantity: equal
// to the precision the less precise one is written with, within a hedge
// ("about 200,000", "nearly 17 million"), or above a bound ("more than
// 15,000", "at least three").
func compatible(x, y number) bool {
	if x.value == y.value {
		return true
	}
	// a figure under a bound is compatible with it; another bound or the
	// top of a range is not: "between 100 to 150 geese" and "up to 300
	// geese" say two different most
	if x.lower && y.value >= x.value || y.lower && x.value >= y.value ||
		x.upper && y.value <= x.value && (x.clock || !y.upper && !y.top) ||
		y.upper && x.value <= y.value && (y.clock || !x.upper && !x.top) {
		return true
	}
	if x.clock || y.clock {
		// a time of day is written to the minute; "around 3:30 a.m."
		// is within a quarter of an hour, "about 11 a.m." within half
		// of one
		return x.approx && math.Abs(x.value-y.value) <= clockSlack(x, y) || y.approx && math.Abs(x.value-y.value) <= clockSlack(y, x)
	}
	diff := math.Abs(x.value - y.value)
	if (x.approx || y.approx) && diff <= 0.1*math.Max(math.Abs(x.value), math.Abs(y.value)) {
		return true
	}
	if diff <= math.Max(tolerance(x), tolerance(y))+1e-9*math.Abs(x.value) {
		return true
	}
	// a figure written with fewer decimals may be the other cut, not
	// rounded: "$32 worth" of "$32.73 worth", "$154 million" of "$153.3
	// million", "eight percent" of "8.6 percent"
	coarse, fine := x, y
	if tolerance(coarse) < tolerance(fine) {
		coarse, fine = fine, coarse
	}
	return fine.digits > 0 && tolerance(coarse) > tolerance(fine) && diff < 2*tolerance(coarse) &&
		diff <= 0.1*math.Max(math.Abs(x.value), math.Abs(y.value))
}

// clockSlack is how far a hedged time of day n may be from another, m:
// half an hour on the hour ("about 11 a.m."), a quarter otherwise, and
// otherwise too on the side a bound closes ("just before 10 p.m." is not
// 10:30 p.m.).
func clockSlack(n, m number) float64 {
	if math.Mod(n.value, 60) == 0 && !(n.upper && m.value > n.value) && !(n.lower && m.value < n.value) {
		return 30
	}
	return 15
}

// tolerance is half the last written digit of a number: 1.37 → 0.005,
// 1.4 trillion → 0.05 trillion, 212,000 → 500, 49 → 0.5.
func tolerance(n number) float64 {
	v := math.Abs(n.value)
	if n.digits > 0 {
		// the value was scaled by a magnitude: find the written mantissa's scale
		scale := 1.0
		for _, m := range []float64{1e12, 1e9, 1e6, 1e3} {
			if v >= m && math.Abs(v/m-math.Round(v/m*math.Pow(10, float64(n.digits)))/math.Pow(10, float64(n.digits))) < 1e-9 {
				scale = m
				break
			}
		}
		return 0.5 * math.Pow(10, -float64(n.digits)) * scale
	}
	if v < 1000 && !(n.time && v >= 100 && math.Mod(v, 10) == 0) {
		// a count of a hundred years or more that ends in zero is rounded
		// ("a 150-year-old treaty" signed 151 years ago)
		return 0.5
	}
	step := 1.0
	for v >= step*10 && math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return 0.5 * step
}
