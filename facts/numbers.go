package facts

import "math"

// numbersConflict reports whether two sentences give different figures for
// the same quantity: some pair of their numbers shares a unit, and no pair
// agrees.
func numbersConflict(a, b []number) bool {
	comparable := false
	for _, x := range a {
		if x.year {
			continue
		}
		for _, y := range b {
			if y.year {
				continue
			}
			if x.value == y.value || shareUnit(x, y) && compatible(x, y) {
				return false // one figure both give: not two accounts of one quantity
			}
			comparable = comparable || shareUnit(x, y)
		}
	}
	return comparable
}

// shareUnit reports whether two numbers count the same kind of thing.
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
	if x.lower && y.value >= x.value || y.lower && x.value >= y.value {
		return true
	}
	diff := math.Abs(x.value - y.value)
	if (x.approx || y.approx) && diff <= 0.1*math.Max(math.Abs(x.value), math.Abs(y.value)) {
		return true
	}
	return diff <= math.Max(tolerance(x), tolerance(y))+1e-9*math.Abs(x.value)
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
	if v < 1000 {
		return 0.5
	}
	step := 1.0
	for v >= step*10 && math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return 0.5 * step
}
