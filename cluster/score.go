package cluster

// Scores are precision, recall and F1 of a grouping against the truth.
type Scores struct {
	P, R, F1 float64
}

func f1(p, r float64) Scores {
	s := Scores{P: p, R: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

// Pairwise scores a grouping by pairs of items: precision is the share of
// pairs put together that belong together, recall the share of pairs that
// belong together that were put together. truth[i] and got[i] are the true
// and predicted groups of item i; the slices have the same length.
func Pairwise[T, U comparable](truth []T, got []U) Scores {
	cells, tn, gn := contingency(truth, got)
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var both, same, put float64
	for _, n := range cells {
		both += pairs(n)
	}
	for _, n := range tn {
		same += pairs(n)
	}
	for _, n := range gn {
		put += pairs(n)
	}
	p, r := 1.0, 1.0
	if put > 0 {
		p = both / put
	}
	if same > 0 {
		r = both / same
	}
	return f1(p, r)
}

// BCubed scores a grouping item by item (Bagga and Baldwin 1998; Amigó et
// al. 2009): an item's precision is the share of its predicted group that
// shares its true group, its recall the share of its true group that shares
// its predicted group; both are averaged over items.
func BCubed[T, U comparable](truth []T, got []U) Scores {
	cells, tn, gn := contingency(truth, got)
	if len(truth) == 0 {
		return f1(1, 1)
	}
	var p, r float64
	for c, n := range cells {
		// Each of the n items in this cell has precision n/|g| and recall n/|t|.
		p += float64(n) * float64(n) / float64(gn[c.g])
		r += float64(n) * float64(n) / float64(tn[c.t])
	}
	return f1(p/float64(len(truth)), r/float64(len(truth)))
}

// cell is one cell of a contingency table: a true and a predicted group.
type cell[T, U comparable] struct {
	t T
	g U
}

// contingency counts the items of each (true, predicted) pair of groups,
// of each true group and of each predicted group.
func contingency[T, U comparable](truth []T, got []U) (cells map[cell[T, U]]int, tn map[T]int, gn map[U]int) {
	cells, tn, gn = map[cell[T, U]]int{}, map[T]int{}, map[U]int{}
	for i := range truth {
		cells[cell[T, U]{truth[i], got[i]}]++
		tn[truth[i]]++
		gn[got[i]]++
	}
	return cells, tn, gn
}
