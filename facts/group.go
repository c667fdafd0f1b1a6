package facts

import "sort"

// group builds facts around each sentence: a pivot and the sentences of
// other documents (or repeats in its own) that state what it states. A
// pivot that states two facts (a sentence about the allies' objection that
// gives Iran's support for Assad as its reason) has partners that share
// different concepts with it: they make two facts. A partner joins only if
// it is also like the partners already in (cohesion), so that a fact does
// not gather sentences that each share something else with the pivot.
// Facts are taken with the most documents first, and kept when they join
// pairs of sentences that no fact taken so far joins. A sentence may
// state several facts.
func (s *story) group() [][]int {
	type star struct {
		members []int
		docs    int
		score   float64
	}
	link := float32(s.f.link())
	var stars []star
	for i := range s.units {
		if !s.units[i].eligible {
			continue
		}
		for _, sub := range s.split(i) {
			st := star{members: []int{i}}
			docs := map[int]bool{s.units[i].doc: true}
			for _, e := range sub {
				if !s.coheres(e.to, st.members, cohesion*link) {
					continue
				}
				st.members = append(st.members, e.to)
				docs[s.units[e.to].doc] = true
				st.score += float64(e.sim)
			}
			st.docs = len(docs)
			if st.docs < 2 {
				continue
			}
			sort.Ints(st.members)
			stars = append(stars, st)
		}
	}
	sort.SliceStable(stars, func(x, y int) bool {
		if stars[x].docs != stars[y].docs {
			return stars[x].docs > stars[y].docs
		}
		return stars[x].score > stars[y].score
	})
	covered := map[[2]int]bool{}
	var groups [][]int
	for _, st := range stars {
		var pairs, fresh int
		for x, a := range st.members {
			for _, b := range st.members[x+1:] {
				if s.units[a].doc == s.units[b].doc {
					continue
				}
				pairs++
				if !covered[[2]int{a, b}] {
					fresh++
				}
			}
		}
		if fresh*2 < pairs {
			continue
		}
		for x, a := range st.members {
			for _, b := range st.members[x+1:] {
				covered[[2]int{a, b}] = true
			}
		}
		groups = append(groups, st.members)
	}
	return s.dedup(groups)
}

// dedup merges a group most of whose sentences a larger group (taken
// earlier) already holds into it: two pivots that state one fact make two
// groups that differ by a sentence or two.
func (s *story) dedup(groups [][]int) [][]int {
	var out [][]int
	for _, g := range groups {
		dup := false
		for k, h := range out {
			if common(g, h)*10 >= len(g)*dupShare {
				for _, u := range g {
					if !containsInt(h, u) {
						h = append(h, u)
					}
				}
				sort.Ints(h)
				out[k] = h
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// dupShare, in tenths, is the share of a group's sentences another group
// must hold for it to be a duplicate.
const dupShare = 6

// common counts the elements two sorted lists share.
func common(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// cohesion is the share of the link threshold that a partner's similarity
// to each partner of another document already in a fact must reach.
const cohesion = 0.5

// coheres reports whether unit u is like enough to each member of other
// documents than its own, the pivot (members[0]) aside.
func (s *story) coheres(u int, members []int, min float32) bool {
	for _, m := range members[1:] {
		if s.units[m].doc == s.units[u].doc {
			continue
		}
		if s.sim(u, m) < min {
			return false
		}
	}
	return true
}

// sim returns the similarity of two units, from their edge; 0 when they
// are not linked.
func (s *story) sim(a, b int) float32 {
	for _, e := range s.edges[a] {
		if e.to == b {
			return e.sim
		}
	}
	return 0
}

// split returns the partners of a pivot, strongest first, in sets that
// share the same concepts with it.
func (s *story) split(p int) [][]edge {
	es := s.supports(p)
	sort.SliceStable(es, func(x, y int) bool { return es[x].sim > es[y].sim })
	var subs [][]edge
	var keys [][]int32
	for _, e := range es {
		shared := s.shared(p, e.to)
		best, bestOverlap := -1, 0.0
		for k, key := range keys {
			if o := s.overlap(shared, key); o > bestOverlap {
				best, bestOverlap = k, o
			}
		}
		if best >= 0 && bestOverlap >= 0.5 {
			subs[best] = append(subs[best], e)
			continue
		}
		subs = append(subs, []edge{e})
		keys = append(keys, shared)
	}
	return subs
}
