package rouge

// lcsHits returns the ROUGE-L hits of the candidate against one reference
// as the script's lcs subroutine counts them. For every reference sentence
// it marks the union of the positions its longest common subsequence with
// each candidate sentence goes through, taking the very path the script's
// backtrace takes (ties go up, towards shorter reference prefixes). It then
// walks the marked positions in order and counts one hit for each whose
// token still has a count left in both the reference's and the candidate's
// unigram counts (readText's, so after the length limit), using one up from
// both: the clipping that keeps ROUGE-L at or below ROUGE-1.
func (s *Scorer) lcsHits(cand *text, ref *Reference) int {
	s.growVocabScratch()
	pc, mc := s.peerCount, s.modelCount
	for _, t := range cand.toks {
		pc[t]++
	}
	for i, k := range ref.uni.keys {
		mc[k] = ref.uni.counts[i]
	}

	if cap(s.mask) < len(ref.lcs.lcs) {
		s.mask = make([]bool, len(ref.lcs.lcs))
	}
	mask := s.mask[:len(ref.lcs.lcs)]
	clear(mask)

	for j := 0; j < cand.sentences(); j++ {
		y := cand.sentence(j)
		inY := s.nextStamp()
		for _, t := range y {
			s.seenY[t] = inY
		}
		for i := 0; i < ref.lcs.sentences(); i++ {
			off := int(ref.lcs.off[i])
			x := ref.lcs.sentence(i)
			// Reference tokens absent from y never take part: their rows
			// of the table copy the row above, and the backtrace goes
			// straight up through them, so they are left out.
			rows := s.rows[:0]
			for p, t := range x {
				if s.seenY[t] == inY {
					rows = append(rows, int32(p))
				}
			}
			s.rows = rows
			if len(rows) == 0 {
				continue
			}
			// Likewise, a run of candidate tokens that match no row gives
			// equal columns, through which the backtrace goes up until it
			// crosses to the column before the run, whatever the run's
			// length: each run becomes one column that matches nothing,
			// and a run at the start, which the backtrace never leaves
			// once in it, is dropped.
			inX := s.nextStamp()
			for _, p := range rows {
				s.seenX[x[p]] = inX
			}
			cols := s.cols[:0]
			for _, t := range y {
				if s.seenX[t] == inX {
					cols = append(cols, t)
				} else if len(cols) > 0 && cols[len(cols)-1] >= 0 {
					cols = append(cols, -1)
				}
			}
			s.cols = cols
			s.markLCS(x, rows, cols, mask[off:off+len(x)])
		}
	}

	h := 0
	for p, t := range ref.lcs.lcs {
		if mask[p] && mc[t] > 0 && pc[t] > 0 {
			h++
			mc[t]--
			pc[t]--
		}
	}
	for _, t := range cand.toks {
		pc[t] = 0
	}
	for _, k := range ref.uni.keys {
		mc[k] = 0
	}
	return h
}

// markLCS fills the table of LCS lengths of the reference rows x[rows]
// against y, as lcs_inner does, and marks in mask the reference positions
// of the path markLCS walks back from the bottom-right corner.
func (s *Scorer) markLCS(x []int32, rows []int32, y []int32, mask []bool) {
	m, n := len(rows), len(y)
	w := n + 1
	size := (m + 1) * w
	if cap(s.table) < size {
		s.table = make([]int32, size)
	}
	c := s.table[:size]
	clear(c[:w])
	for i := 1; i <= m; i++ {
		xi := x[rows[i-1]]
		prev, cur := c[(i-1)*w:i*w:i*w], c[i*w:(i+1)*w:(i+1)*w]
		_, _ = prev[n], cur[n]
		left := int32(0)
		cur[0] = 0
		for j, yj := range y {
			v := max(prev[j+1], left)
			if xi == yj {
				v = prev[j] + 1
			}
			cur[j+1] = v
			left = v
		}
	}
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case x[rows[i-1]] == y[j-1]:
			i--
			j--
			mask[rows[i]] = true
		case c[(i-1)*w+j] >= c[i*w+j-1]:
			i--
		default:
			j--
		}
	}
}

// growVocabScratch sizes the per-token scratch arrays to the vocabulary.
func (s *Scorer) growVocabScratch() {
	if n := len(s.ids); len(s.peerCount) < n {
		n = max(n, 2*len(s.peerCount))
		s.peerCount = append(s.peerCount, make([]int32, n-len(s.peerCount))...)
		s.modelCount = append(s.modelCount, make([]int32, n-len(s.modelCount))...)
		s.seenX = append(s.seenX, make([]uint32, n-len(s.seenX))...)
		s.seenY = append(s.seenY, make([]uint32, n-len(s.seenY))...)
	}
}

// nextStamp returns a stamp that no entry of seenX or seenY holds yet.
func (s *Scorer) nextStamp() uint32 {
	s.stamp++
	if s.stamp == 0 { // wrapped: start the stamps again
		clear(s.seenX)
		clear(s.seenY)
		s.stamp = 1
	}
	return s.stamp
}
