package rouge

import "testing"

// benchPairs returns the pairs of testdata/pairs.jsonl as lines.
func benchPairs(b *testing.B) (cands [][]string, refs [][][]string) {
	b.Helper()
	for _, p := range loadPairs(b) {
		cands = append(cands, []string{p.Candidate})
		var rs [][]string
		for _, r := range p.References {
			rs = append(rs, []string{r})
		}
		refs = append(refs, rs)
	}
	return cands, refs
}

// BenchmarkScore scores each pair of testdata/pairs.jsonl with the default
// options (-n 2 -2 4 -u -m), preparing its references every time, as an
// evaluation that sees each reference once does. One op is one pair.
func BenchmarkScore(b *testing.B) {
	cands, refs := benchPairs(b)
	sc, err := NewScorer(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(cands)
		sc.Score(cands[k], refs[k])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkScorePrepared scores each pair against references prepared
// beforehand, as a search over candidates does.
func BenchmarkScorePrepared(b *testing.B) {
	cands, refs := benchPairs(b)
	sc, err := NewScorer(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	prepared := make([][]*Reference, len(refs))
	for k, rs := range refs {
		for _, r := range rs {
			prepared[k] = append(prepared[k], sc.Prepare(r))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(cands)
		sc.ScorePrepared(cands[k], prepared[k])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkScoreStory scores summaries of the size storybrief's evaluation
// meets (two pairs of testdata joined: a candidate of about 280 words
// against one reference of about 250), preparing the reference each time.
// One op is one story.
func BenchmarkScoreStory(b *testing.B) {
	ps := loadPairs(b)
	var cands, refs []string
	for i := 0; i+1 < len(ps); i += 2 {
		cands = append(cands, ps[i].Candidate+"\n"+ps[i+1].Candidate)
		refs = append(refs, ps[i].References[0]+"\n"+ps[i+1].References[0])
	}
	sc, err := NewScorer(DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(cands)
		sc.Score([]string{cands[k]}, [][]string{{refs[k]}})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "stories/s")
}
