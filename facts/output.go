package facts

import (
	"math"
	"sort"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/segment"
)

// residual is the share of a sentence's weight that the sentences of other
// documents linked to it must cover for it not to count also as a fact of
// its own ("Obama wrote to Khamenei" inside a sentence about contacts that
// every outlet reports).
const residual = 0.5

// facts turns groups and disputes into facts: a group is corroborated,
// unless it is a claim that another fact denies; a dispute is disputed;
// an eligible sentence in no group is single, and so is one that adds
// much of its own to the corroborated facts it is in.
func (s *story) facts(groups [][]int, disputes []dispute) []storybrief.Fact {
	n := len(s.units)
	claimed := make([]bool, n) // on the claim side of a denial
	sided := make([]bool, n)   // on a side of some dispute
	for _, d := range disputes {
		for _, u := range d.claim {
			sided[u] = true
			if !d.numbers {
				claimed[u] = true
			}
		}
		for _, u := range d.deny {
			sided[u] = true
		}
	}
	var out []storybrief.Fact
	var kept [][]int
	grouped := make([]bool, n)
	for _, g := range groups {
		all := true
		for _, u := range g {
			all = all && claimed[u]
		}
		if all {
			continue // a denied claim is not settled: it shows as disputed
		}
		for _, u := range g {
			grouped[u] = true
		}
		kept = append(kept, g)
	}
	// Groups that come out with the same representative state one fact:
	// they merge.
	byRep := map[int]int{} // representative unit → index in merged
	var merged [][]int
	for _, g := range kept {
		rep := s.central(g)
		if k, ok := byRep[rep]; ok {
			for _, u := range g {
				if !containsInt(merged[k], u) {
					merged[k] = append(merged[k], u)
				}
			}
			sort.Ints(merged[k])
			continue
		}
		byRep[rep] = len(merged)
		merged = append(merged, append([]int(nil), g...))
	}
	// Most sources that restate the shown sentence first, then most
	// outlets: a fact that one source states and others only relate to
	// comes after those that several state.
	type ranked struct {
		fact     storybrief.Fact
		restated int // documents that restate the shown sentence
	}
	rs := make([]ranked, 0, len(merged))
	for _, g := range merged {
		f := s.fact(g, storybrief.Corroborated)
		docs := map[string]bool{}
		for _, sp := range f.Sources {
			if !sp.Related {
				docs[sp.Doc] = true
			}
		}
		rs = append(rs, ranked{fact: f, restated: len(docs)})
	}
	sort.SliceStable(rs, func(x, y int) bool {
		if rs[x].restated != rs[y].restated {
			return rs[x].restated > rs[y].restated
		}
		return rs[x].fact.Outlets > rs[y].fact.Outlets
	})
	for _, r := range rs {
		out = append(out, r.fact)
	}
	for _, d := range disputes {
		out = append(out, s.disputed(d))
	}
	used := make([]bool, n)
	for _, idx := range s.byDoc {
		for _, i := range idx {
			u := &s.units[i]
			if used[i] || !u.eligible || sided[i] || grouped[i] && s.coverage(i) >= residual {
				continue
			}
			g := []int{i}
			used[i] = true
			for _, e := range s.supports(i) {
				if s.units[e.to].doc == u.doc && !used[e.to] && !sided[e.to] && !grouped[e.to] && float64(e.sim) >= s.f.repeat() {
					g = append(g, e.to)
					used[e.to] = true
				}
			}
			sort.Ints(g)
			out = append(out, s.fact(g, storybrief.Single))
		}
	}
	return out
}

// fact builds a fact from its units.
func (s *story) fact(g []int, st storybrief.FactStatus) storybrief.Fact {
	rep := s.representative(g)
	f := storybrief.Fact{Text: s.units[rep].text, Status: st, Rep: s.support(rep), Sources: make([]storybrief.Support, 0, len(g))}
	restating := s.restating(g, rep)
	for _, u := range g {
		sp := s.support(u)
		sp.Related = st == storybrief.Corroborated && !restating[s.units[u].doc]
		f.Sources = append(f.Sources, sp)
	}
	f.Outlets = s.outlets(g)
	if st == storybrief.Corroborated && f.Outlets < 2 {
		f.Status = storybrief.Single
	}
	return f
}

// restating returns the documents of g that restate rep: its own, and
// every other with a sentence of g at least citeSim like rep. A group
// gathers around its pivot sentences that each share something with it,
// so a document of the group may report something related to the shown
// sentence rather than the sentence itself.
func (s *story) restating(g []int, rep int) map[int]bool {
	docs := map[int]bool{s.units[rep].doc: true}
	for _, u := range g {
		if s.sim(rep, u) >= citeSim {
			docs[s.units[u].doc] = true
		}
	}
	return docs
}

// citeSim is the similarity to a fact's shown sentence at which another
// document's sentence restates it. Judged by hand on 40 citations of
// corroborated NeuS validation facts, 29 of them restating, the shown
// sentence's own similarity separates them where the group's does not:
// at 0.2, 24 of the 29 pass and 3 of the 11 others.
const citeSim = 0.2

// disputed builds a disputed fact: the claim that set it off is its text.
func (s *story) disputed(d dispute) storybrief.Fact {
	rep := d.first[0] // the claim as the denial answers it
	f := storybrief.Fact{Text: s.units[rep].text, Status: storybrief.Disputed, Rep: s.support(rep), Basis: storybrief.Rebuttal}
	if d.numbers {
		f.Basis = storybrief.Figures
	}
	all := append(append([]int(nil), d.claim...), d.deny...)
	sort.Ints(all)
	for _, u := range all {
		f.Sources = append(f.Sources, s.support(u))
	}
	f.Outlets = s.outlets(all)
	for _, side := range []struct {
		st storybrief.Stance
		us []int
	}{{storybrief.Asserts, d.claim}, {storybrief.Denies, d.deny}} {
		sd := storybrief.Side{Stance: side.st, Speakers: s.speakers(side.us)}
		for _, u := range side.us {
			sd.Sources = append(sd.Sources, s.support(u))
		}
		f.Sides = append(f.Sides, sd)
	}
	return f
}

func (s *story) support(u int) storybrief.Support {
	x := &s.units[u]
	return storybrief.Support{Citation: storybrief.Citation{Doc: s.docs[x.doc].ID, Line: x.line, Span: x.span}, Speaker: x.speaker}
}

// outlets counts the documents of a group: a document that repeats a fact
// counts once.
func (s *story) outlets(g []int) int {
	seen := map[int]bool{}
	for _, u := range g {
		seen[s.units[u].doc] = true
	}
	return len(seen)
}

// representative picks the unit that best states a group: the most similar
// to the others, preferring a body sentence in the document's own voice of
// moderate length that stands on its own over a headline, a quotation or
// one that refers back ("That offer was rejected").
func (s *story) representative(g []int) int { return s.pick(g, true) }

// central is representative without regard to whether a sentence stands
// on its own: groups whose central sentence is one state one fact.
func (s *story) central(g []int) int { return s.pick(g, false) }

// pick is representative, and central when alone is false.
func (s *story) pick(g []int, alone bool) int {
	best, bestScore := g[0], math.Inf(-1)
	for _, a := range g {
		u := &s.units[a]
		score := 0.0
		for _, e := range s.edges[a] {
			if containsInt(g, e.to) {
				score += float64(e.sim)
			}
		}
		if len(g) > 1 {
			score /= float64(len(g) - 1)
		}
		switch u.kind {
		case kindTitle:
			score -= 0.25
		case storybrief.KindBody:
			score += 0.1
		}
		if u.quoted {
			score -= 0.15
		}
		if alone && segment.LeansBack(u.text) {
			score -= 0.2 // "That offer was rejected": alone, it reads as a fragment
		}
		if u.hedged {
			score -= 0.3
		}
		if !u.eligible {
			score -= 0.5
		}
		score -= 0.1 * math.Abs(float64(u.words)-25) / 25
		if score > bestScore {
			best, bestScore = a, score
		}
	}
	return best
}

// coverage is the share of a unit's weight that the units of other
// documents it is linked to also carry.
func (s *story) coverage(i int) float64 {
	u := &s.units[i]
	var cov float64
	for k, t := range u.terms {
		for _, e := range s.edges[i] {
			if !e.support || s.units[e.to].doc == u.doc {
				continue
			}
			if hasTerm(s.units[e.to].terms, t.id) {
				cov += float64(u.w[k])
				break
			}
		}
	}
	if u.sum == 0 {
		return 0
	}
	return cov / float64(u.sum)
}

func hasTerm(ts []term, id int32) bool {
	i := sort.Search(len(ts), func(k int) bool { return ts[k].id >= id })
	return i < len(ts) && ts[i].id == id
}
