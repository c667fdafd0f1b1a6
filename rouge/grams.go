package rouge

// grams is a multiset of n-grams or skip-bigrams: distinct keys, in no
// particular order, the count of each, and the total count (the script's
// "_cn_").
type grams struct {
	keys   []uint64
	counts []int32
	total  int
}

// counter is an open-addressing hash table from keys to counts, emptied in
// constant time by moving to a new generation. It counts the n-grams of a
// summary without sorting them and without Go maps.
type counter struct {
	slots []slot
	cur   uint32   // the generation; a slot of another one is empty
	shift uint8    // 64 - log2(len(slots))
	used  []uint32 // slots filled in this generation, in filling order
}

type slot struct {
	key   uint64
	gen   uint32
	count int32
}

const golden = 0x9E3779B97F4A7C15 // Fibonacci hashing

// reset empties c and makes room for n distinct keys.
func (c *counter) reset(n int) {
	if 2*n > len(c.slots) {
		bits := 6
		for 1<<bits < 2*n {
			bits++
		}
		c.slots = make([]slot, 1<<bits)
		c.shift = uint8(64 - bits)
		c.cur = 0
	}
	c.cur++
	if c.cur == 0 { // wrapped: every slot must look empty again
		clear(c.slots)
		c.cur = 1
	}
	c.used = c.used[:0]
}

// count makes c the multiset of keys.
func (c *counter) count(keys []uint64) {
	c.reset(len(keys))
	mask := uint64(len(c.slots) - 1)
	for _, k := range keys {
		i := (k * golden) >> c.shift
		for {
			sl := &c.slots[i&mask]
			if sl.gen != c.cur {
				*sl = slot{key: k, gen: c.cur, count: 1}
				c.used = append(c.used, uint32(i&mask))
				break
			}
			if sl.key == k {
				sl.count++
				break
			}
			i++
		}
	}
}

// get returns the count of k.
func (c *counter) get(k uint64) int32 {
	mask := uint64(len(c.slots) - 1)
	for i := (k * golden) >> c.shift; ; i++ {
		sl := &c.slots[i&mask]
		if sl.gen != c.cur {
			return 0
		}
		if sl.key == k {
			return sl.count
		}
	}
}

// grams returns the multiset c holds, in new memory.
func (c *counter) grams(total int) grams {
	g := grams{keys: make([]uint64, len(c.used)), counts: make([]int32, len(c.used)), total: total}
	for j, i := range c.used {
		g.keys[j], g.counts[j] = c.slots[i].key, c.slots[i].count
	}
	return g
}

// hits returns the clipped matches of the multiset c holds against g, the
// sum over shared keys of the smaller count, as ngramScore and
// skipBigramScore compute it.
func (c *counter) hits(g *grams) int {
	h := 0
	for j, k := range g.keys {
		if n := c.get(k); n > 0 {
			h += int(min(n, g.counts[j]))
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
