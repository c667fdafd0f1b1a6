package rouge

// text is a summary after the length limits, in the two forms the script
// reads it: readText's token stream, for n-grams, skip-bigrams and the
// unigram counts that clip ROUGE-L, and readText_LCS's sentences.
type text struct {
	toks []int32 // readText: all tokens in order
	lcs  []int32 // readText_LCS: the tokens of all sentences, in order
	off  []int32 // sentence i is lcs[off[i]:off[i+1]]; empty ones left out
}

func (t *text) reset() {
	t.toks, t.lcs, t.off = t.toks[:0], t.lcs[:0], append(t.off[:0], 0)
}

// endSentence closes the LCS sentence begun at the last offset.
func (t *text) endSentence() {
	if n := int32(len(t.lcs)); n > t.off[len(t.off)-1] {
		t.off = append(t.off, n)
	}
}

// sentences returns the number of LCS sentences.
func (t *text) sentences() int { return len(t.off) - 1 }

// sentence returns LCS sentence i.
func (t *text) sentence(i int) []int32 { return t.lcs[t.off[i]:t.off[i+1]] }

// truncate fills t from the analyzed lines of one summary, applying the
// length limit of the options exactly as readText and readText_LCS do.
func (s *Scorer) truncate(sents []Sentence, t *text) {
	t.reset()
	switch {
	case s.opts.LimitWords > 0:
		// Both readers keep whole lines while the running count of words
		// stays under the limit; the line that reaches it keeps its first
		// words, and reading stops.
		limit, total := s.opts.LimitWords, 0
		for i := range sents {
			sn := &sents[i]
			if total+sn.fields < limit {
				t.toks = append(t.toks, sn.tok...)
				t.lcs = append(t.lcs, sn.tok...)
				t.endSentence()
				total += sn.fields
				continue
			}
			keep := int32(limit - total)
			for k, id := range sn.tok {
				if sn.field[k] < keep {
					t.toks = append(t.toks, id)
					t.lcs = append(t.lcs, id)
				}
			}
			t.endSentence()
			break
		}
	case s.opts.LimitBytes > 0:
		limit, total := s.opts.LimitBytes, 0
		for i := range sents {
			sn := &sents[i]
			if total+len(sn.line) < limit {
				t.toks = append(t.toks, sn.tok...)
				total += len(sn.line)
				continue
			}
			t.toks = s.appendCut(t.toks, sn, limit-total)
			break
		}
		// readText_LCS never adds to its running byte count (an oddity of
		// the script): every line shorter than the limit is kept whole, and
		// the first that is not is cut at the limit and ends the summary.
		for i := range sents {
			sn := &sents[i]
			if len(sn.line) < limit {
				t.lcs = append(t.lcs, sn.tok...)
				t.endSentence()
				continue
			}
			t.lcs = s.appendCut(t.lcs, sn, limit)
			t.endSentence()
			break
		}
	default:
		for i := range sents {
			t.toks = append(t.toks, sents[i].tok...)
			t.lcs = append(t.lcs, sents[i].tok...)
			t.endSentence()
		}
	}
}

// appendCut appends the tokens of the first p bytes of sn's line to dst:
// the tokens that end by p, and the beginning of a word cut at p, which is
// a token of its own.
func (s *Scorer) appendCut(dst []int32, sn *Sentence, p int) []int32 {
	for k, id := range sn.tok {
		if int(sn.end[k]) > p {
			break
		}
		dst = append(dst, id)
	}
	line := sn.line
	if p < len(line) && isAlnum(line[p]) {
		start := p
		for start > 0 && isAlnum(line[start-1]) {
			start--
		}
		if start < p {
			if id := s.tokenID(line[start:p]); id >= 0 {
				dst = append(dst, id)
			}
		}
	}
	return dst
}
