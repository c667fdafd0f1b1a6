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
	candN      []grams
	candUni    grams
	candSkip   grams
	peerCount  []int32 // by token id, zero between calls
	modelCount []int32 // by token id, zero between calls
	seen       []uint32
	stamp      uint32
	rows       []int32
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
		candN: make([]grams, opts.N),
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
// analyzed.
func (s *Scorer) PrepareSentences(sents []Sentence) *Reference {
	s.truncate(sents, &s.tmp)
	t := &s.tmp
	ref := &Reference{owner: s, ngram: make([]grams, s.opts.N)}
	for n := 1; n <= s.opts.N; n++ {
		s.keys = s.ngramKeys(s.keys[:0], t.toks, n)
		var g grams
		g.set(s.keys)
		ref.ngram[n-1] = g
	}
	if s.opts.N >= 1 {
		ref.uni = ref.ngram[0]
	} else if !s.opts.NoLCS {
		s.keys = s.ngramKeys(s.keys[:0], t.toks, 1)
		ref.uni.set(s.keys)
	}
	if s.opts.Skip {
		s.keys = skipKeys(s.keys[:0], t.toks, s.opts.SkipDistance, s.opts.SkipUnigrams)
		ref.skip.set(s.keys)
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
	o := s.opts
	s.truncate(candidate, &s.cand)
	t := &s.cand
	res := Result{N: make([]Score, o.N)}

	for n := 1; n <= o.N; n++ {
		s.keys = s.ngramKeys(s.keys[:0], t.toks, n)
		g := &s.candN[n-1]
		g.set(s.keys)
		var h, rc, cc int
		for _, r := range refs {
			h += hits(g, &r.ngram[n-1])
			rc += r.ngram[n-1].total
			cc += g.total
		}
		res.N[n-1] = newScore(h, rc, cc, o.Alpha)
	}

	if o.Skip {
		s.keys = skipKeys(s.keys[:0], t.toks, o.SkipDistance, o.SkipUnigrams)
		g := &s.candSkip
		g.set(s.keys)
		var h, rc, cc int
		for _, r := range refs {
			h += hits(g, &r.skip)
			rc += r.skip.total
			cc += g.total
		}
		res.S = newScore(h, rc, cc, o.Alpha)
	}

	if !o.NoLCS {
		uni := &s.candUni
		if o.N >= 1 {
			uni = &s.candN[0]
		} else {
			s.keys = s.ngramKeys(s.keys[:0], t.toks, 1)
			uni.set(s.keys)
		}
		var h, rc, cc int
		for _, r := range refs {
			h += s.lcsHits(t, uni, r)
			rc += len(r.lcs.lcs)
			cc += uni.total
		}
		res.L = newScore(h, rc, cc, o.Alpha)
	}
	return res
}
