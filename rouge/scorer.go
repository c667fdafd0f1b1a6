package rouge

import "fmt"

// Scorer computes ROUGE as ROUGE-1.5.5 does, for fixed Options. It interns
// tokens to ints and caches their stems, so that scoring many candidates
// costs little more than the counting; its caches grow with the
// vocabulary it sees and are never emptied.
//
// A Scorer is not safe for concurrent use: give each goroutine its own.
// References and Sentences belong to the Scorer that made them and are
// read-only afterwards.
type Scorer struct {
	opts       Options
	stop       map[string]struct{} // nil unless Options.Stopwords
	exceptions map[string]string   // WordNet exceptions; nil unless Options.Stem
	cache      map[string]int32    // raw token → id, -1 for a stopword
	ids        map[string]int32    // token after stemming → id
	gramIDs    []map[uint64]int32  // by level: ids of n-grams for n >= 3

	// Buffers reused from call to call.
	sents      []Sentence
	cand, tmp  text
	keys       []uint64
	prefixIDs  []uint32
	counter    counter
	peerCount  []int32  // by token id, zero between calls
	modelCount []int32  // by token id, zero between calls
	seenX      []uint32 // by token id: stamp of the reference sentence rows
	seenY      []uint32 // by token id: stamp of the candidate sentence
	stamp      uint32
	rows       []int32
	cols       []int32
	mask       []bool
	table      []int32
}

// NewScorer returns a Scorer for opts, or an error wrapping ErrOptions for
// options the script refuses.
func NewScorer(opts Options) (*Scorer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	s := &Scorer{
		opts:  opts,
		cache: make(map[string]int32),
		ids:   make(map[string]int32),
	}
	if opts.Stopwords {
		s.stop = stopwordSet()
	}
	if opts.Stem {
		s.exceptions = exceptionTable()
	}
	return s, nil
}

// Options returns the options of s.
func (s *Scorer) Options() Options { return s.opts }

// Reference is a reference summary prepared once by Prepare, with
// everything the scores need from it counted: its n-grams, skip-bigrams,
// unigram counts and sentences, all after the length limit.
type Reference struct {
	owner *Scorer
	ngram []grams // by n-1
	uni   grams   // unigram counts of readText, which clip ROUGE-L
	skip  grams
	lcs   text // readText_LCS's sentences
}

// Prepare analyzes a reference summary given as lines (sentences; a text
// holding newlines is several lines) for scoring with s.
func (s *Scorer) Prepare(lines []string) *Reference {
	return s.PrepareSentences(s.analyzeScratch(lines))
}

// PrepareSentences prepares a reference summary from lines that s has
// analyzed. It panics if a Sentence comes from another Scorer.
func (s *Scorer) PrepareSentences(sents []Sentence) *Reference {
	s.checkOwner(sents)
	s.truncate(sents, &s.tmp)
	t := &s.tmp
	ref := &Reference{owner: s, ngram: make([]grams, s.opts.N)}
	for n := 1; n <= s.opts.N; n++ {
		ref.ngram[n-1] = s.countGrams(s.ngramKeys(s.keys[:0], t.toks, n))
	}
	if s.opts.N >= 1 {
		ref.uni = ref.ngram[0]
	} else if !s.opts.NoLCS {
		ref.uni = s.countGrams(s.ngramKeys(s.keys[:0], t.toks, 1))
	}
	if s.opts.Skip {
		ref.skip = s.countGrams(skipKeys(s.keys[:0], t.toks, s.opts.SkipDistance, s.opts.SkipUnigrams))
	}
	if !s.opts.NoLCS {
		ref.lcs = text{lcs: append([]int32(nil), t.lcs...), off: append([]int32(nil), t.off...)}
	}
	return ref
}

// Score scores a candidate summary against reference summaries, each given
// as lines (sentences; a text holding newlines is several lines, empty
// lines are skipped). It prepares the references on every call; prepare
// them once with Prepare and call ScorePrepared to score several
// candidates against the same references.
func (s *Scorer) Score(candidate []string, references [][]string) Result {
	refs := make([]*Reference, len(references))
	for i, r := range references {
		refs[i] = s.Prepare(r)
	}
	return s.ScorePrepared(candidate, refs)
}

// ScorePrepared scores a candidate summary given as lines against
// references that s prepared. It panics if a reference comes from another
// Scorer.
func (s *Scorer) ScorePrepared(candidate []string, refs []*Reference) Result {
	return s.ScoreSentences(s.analyzeScratch(candidate), refs)
}

// ScoreSentences scores the candidate made of the given analyzed lines, in
// order, against references that s prepared. Analyzing a document's
// sentences once and scoring subsets of them makes a greedy oracle cheap.
// It panics if a Sentence or a Reference comes from another Scorer.
func (s *Scorer) ScoreSentences(candidate []Sentence, refs []*Reference) Result {
	for _, r := range refs {
		if r.owner != s {
			panic(fmt.Sprintf("rouge: reference %p prepared by another Scorer", r))
		}
	}
	s.checkOwner(candidate)
	o := s.opts
	s.truncate(candidate, &s.cand)
	t := &s.cand
	res := Result{N: make([]Score, o.N)}

	for n := 1; n <= o.N; n++ {
		res.N[n-1] = s.scoreKeys(s.ngramKeys(s.keys[:0], t.toks, n), refs, func(r *Reference) *grams { return &r.ngram[n-1] })
	}
	if o.Skip {
		keys := skipKeys(s.keys[:0], t.toks, o.SkipDistance, o.SkipUnigrams)
		res.S = s.scoreKeys(keys, refs, func(r *Reference) *grams { return &r.skip })
	}
	if !o.NoLCS {
		var h, rc int
		for _, r := range refs {
			h += s.lcsHits(t, r)
			rc += len(r.lcs.lcs)
		}
		res.L = newScore(h, rc, len(refs)*len(t.toks), o.Alpha)
	}
	return res
}

// countGrams returns the multiset of keys, in new memory.
func (s *Scorer) countGrams(keys []uint64) grams {
	s.keys = keys
	s.counter.count(keys)
	return s.counter.grams(len(keys))
}

// scoreKeys scores the candidate's keys against the multiset of each
// reference that of returns, summing over references as -f A does.
func (s *Scorer) scoreKeys(keys []uint64, refs []*Reference, of func(*Reference) *grams) Score {
	s.keys = keys
	s.counter.count(keys)
	var h, rc int
	for _, r := range refs {
		g := of(r)
		h += s.counter.hits(g)
		rc += g.total
	}
	return newScore(h, rc, len(refs)*len(keys), s.opts.Alpha)
}

// checkOwner panics if a non-empty Sentence comes from another Scorer: its
// token ids would mean other words here.
func (s *Scorer) checkOwner(sents []Sentence) {
	for i := range sents {
		if sents[i].owner != s && len(sents[i].tok) > 0 {
			panic(fmt.Sprintf("rouge: sentence %d analyzed by another Scorer", i))
		}
	}
}
