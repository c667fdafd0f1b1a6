package rouge

import "slices"

// grams is a multiset of n-grams or skip-bigrams: sorted distinct keys, the
// count of each, and the total count (the script's "_cn_").
type grams struct {
	keys   []uint64
	counts []int32
	total  int
}

// set makes g the multiset of keys, which it sorts in place.
func (g *grams) set(keys []uint64) {
	slices.Sort(keys)
	g.keys, g.counts, g.total = g.keys[:0], g.counts[:0], len(keys)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		g.keys = append(g.keys, keys[i])
		g.counts = append(g.counts, int32(j-i))
		i = j
	}
}

// hits returns the clipped matches of two multisets, the sum over shared
// keys of the smaller count, as ngramScore and skipBigramScore compute it.
func hits(a, b *grams) int {
	h, i, j := 0, 0, 0
	for i < len(a.keys) && j < len(b.keys) {
		switch ka, kb := a.keys[i], b.keys[j]; {
		case ka < kb:
			i++
		case ka > kb:
			j++
		default:
			h += int(min(a.counts[i], b.counts[j]))
			i++
			j++
		}
	}
	return h
}

// ngramKeys appends to dst one key per n-gram of toks, as createNGram
// makes them: a token id for n = 1, the pair of ids for n = 2, and for
// longer n-grams the pair of an id of the first n-1 tokens (interned by
// the Scorer) and the last token.
func (s *Scorer) ngramKeys(dst []uint64, toks []int32, n int) []uint64 {
	if n < 1 || len(toks) < n {
		return dst
	}
	switch n {
	case 1:
		for _, t := range toks {
			dst = append(dst, uint64(uint32(t)))
		}
		return dst
	case 2:
		for i := 0; i+1 < len(toks); i++ {
			dst = append(dst, pairKey(toks[i], toks[i+1]))
		}
		return dst
	}
	// Ids of the (n-1)-grams, level by level.
	ids := s.prefixIDs[:0]
	for i := 0; i+1 < len(toks); i++ {
		ids = append(ids, uint32(s.internGram(2, pairKey(toks[i], toks[i+1]))))
	}
	for level := 3; level < n; level++ {
		for i := 0; i+1 < len(ids); i++ {
			ids[i] = uint32(s.internGram(level, uint64(ids[i])<<32|uint64(uint32(toks[i+level-1]))))
		}
		ids = ids[:len(ids)-1]
	}
	for i := 0; i+n <= len(toks); i++ {
		dst = append(dst, uint64(ids[i])<<32|uint64(uint32(toks[i+n-1])))
	}
	s.prefixIDs = ids
	return dst
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// internGram returns an id for an n-gram key of the given level.
func (s *Scorer) internGram(level int, key uint64) int32 {
	for len(s.gramIDs) <= level {
		s.gramIDs = append(s.gramIDs, nil)
	}
	m := s.gramIDs[level]
	if m == nil {
		m = make(map[uint64]int32)
		s.gramIDs[level] = m
	}
	id, ok := m[key]
	if !ok {
		id = int32(len(m))
		m[key] = id
	}
	return id
}

// skipKeys appends to dst the skip-bigrams of toks as createSkipBigram
// makes them: for every token but the last (the script's loop stops one
// short, so the last token never counts as a unigram), its unigram if
// unigrams is set, and its pairs with each of the next distance+1 tokens
// (all following tokens if distance < 0). A unigram key has 0 in its low
// half; a bigram key has the second id plus one.
func skipKeys(dst []uint64, toks []int32, distance int, unigrams bool) []uint64 {
	for i := 0; i+1 < len(toks); i++ {
		hi := uint64(uint32(toks[i])) << 32
		if unigrams {
			dst = append(dst, hi)
		}
		last := len(toks) - 1
		if distance >= 0 && i+distance+1 < last {
			last = i + distance + 1
		}
		for j := i + 1; j <= last; j++ {
			dst = append(dst, hi|(uint64(uint32(toks[j]))+1))
		}
	}
	return dst
}
