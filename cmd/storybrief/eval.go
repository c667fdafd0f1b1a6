package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/rouge"
	"github.com/storybrief/storybrief/summarize"
)

// ROUGE options of the evaluation, as the script's flags: the usual
// "-n 2 -2 4 -u -m" with the averaging and alpha the script defaults to.
const evalROUGEFlags = "-n 2 -2 4 -u -m -f A -p 0.5"

// Bootstrap confidence intervals: resamples over stories, and the seed
// that makes them reproducible.
const (
	bootstrapResamples = 1000
	bootstrapSeed      = 20040721
)

// The four measures of a result, in table order.
const (
	mR1 = iota
	mR2
	mRL
	mRSU4
	nMeasures
)

var measureKeys = [nMeasures]string{"rouge1", "rouge2", "rougeL", "rougeSU4"}

// evalMethod is one method under evaluation; oracle methods are built per
// story from its references.
type evalMethod struct {
	name   string
	method summarize.Method // nil for the oracle
}

// methodResult is what one method did on one story.
type methodResult struct {
	score [nMeasures]rouge.Score
	words int
	took  time.Duration // selection and scoring
}

// storyResult is what every method did on one story.
type storyResult struct {
	seq      int
	methods  []methodResult
	docs     int // documents in the input
	readable int // documents extraction could read
	prepare  time.Duration
	writeErr error
}

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "--data FILE.jsonl[.gz] --method NAME[,NAME...] [flags]", `
Eval scores summarization methods on a data set of stories with reference
summaries, as the summarization literature does. Each story's documents are
extracted and segmented once; every method then summarizes the same
sentences, its output is cut at --words words (300 for Multi-News, 100 for
DUC-style sets with short references), and ROUGE-1.5.5 `+evalROUGEFlags+`
scores it against all the story's references.

The table gives, per method, the mean recall and F of ROUGE-1, -2, -L and
-SU4 (×100) with 95% bootstrap confidence intervals (1,000 resamples over
stories), the mean output length, and stories per second of the method's
own time (selection and scoring, on one core; a sentence is analyzed for
ROUGE once a story, by the first method that chooses it). Methods: `+strings.Join(summarize.Names(), ", ")+`
("oracle" is the greedy ROUGE upper bound: it reads the references).

--format json writes {"data","stories","words_cap","rouge_options",
"methods":[{"name","stories","rouge1":{"r","p","f"},"rouge2":...,"rougeL":...,
"rougeSU4":...,"words","stories_per_second","ci95":{"rouge1_f":[lo,hi],...}}]}
with scores ×100. --out DIR writes every scored summary to DIR/METHOD/ID.txt,
one sentence per line.`)
	data := fs.String("data", "", "the data set: a JSON Lines file (.jsonl or .jsonl.gz), one story with its summaries per line")
	methodList := fs.String("method", strings.Join(summarize.Names(), ","), "methods to evaluate, comma-separated")
	words := fs.Int("words", 300, "cut every summary at this many words (0: no cut)")
	limit := fs.Int("limit", 0, "evaluate only the first N stories with summaries (0: all)")
	format := fs.String("format", "text", "output format: text or json")
	outDir := fs.String("out", "", "write every summary to DIR/METHOD/ID.txt")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "stories evaluated at once")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to FILE (read it with go tool pprof)")
	modelDir := fs.String("model", "", "evaluate storybrief with the model in DIR (as storybrief train --out DIR writes it) instead of the shipped one")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	batchGC()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	switch {
	case len(rest) > 0:
		return usageError{fmt.Sprintf("unexpected argument %q: name the data set with --data", rest[0])}
	case *data == "":
		return usageError{"no data set: --data FILE.jsonl[.gz]"}
	case *words < 0 || *limit < 0:
		return usageError{"--words and --limit must not be negative"}
	case *workers < 1:
		return usageError{"--workers must be at least 1"}
	case *format != "text" && *format != "json":
		return usageError{fmt.Sprintf("unknown format %q: want text or json", *format)}
	}
	methods, err := parseMethods(*methodList)
	if err == nil && *modelDir != "" {
		model, bg, lerr := summarize.LoadModelDir(*modelDir)
		if lerr != nil {
			return lerr
		}
		for i := range methods {
			if sb, ok := methods[i].method.(summarize.Storybrief); ok {
				sb.Model, sb.Background = model, bg
				methods[i].method = sb
			}
		}
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(*data); err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}

	ev := &evaluation{
		methods: methods,
		cap:     *words,
		outDir:  *outDir,
		engine:  newEngine(),
	}
	ev.engine.Workers = 1 // stories run in parallel; their documents need not
	start := time.Now()
	results, err := ev.run(ctx, e, *data, *limit, *workers)
	if err != nil {
		return err
	}
	rep := ev.report(*data, results, time.Since(start), *workers)
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = rep.writeText(e.stdout)
	}
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	var writeErrs []error
	for _, r := range results {
		if r.writeErr != nil {
			writeErrs = append(writeErrs, r.writeErr)
		}
	}
	if len(writeErrs) > 0 {
		return errors.Join(writeErrs...)
	}
	return partial(ev.readProblems)
}

// parseMethods reads the --method list.
func parseMethods(list string) ([]evalMethod, error) {
	var out []evalMethod
	seen := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		m, err := summarize.ByName(name)
		switch {
		case errors.Is(err, summarize.ErrNeedsReferences):
			out = append(out, evalMethod{name: name})
		case err != nil:
			return nil, usageError{err.Error()}
		default:
			out = append(out, evalMethod{name: name, method: m})
		}
	}
	if len(out) == 0 {
		return nil, usageError{"no method: --method NAME[,NAME...]"}
	}
	return out, nil
}

// evaluation runs methods over the stories of a data set.
type evaluation struct {
	methods []evalMethod
	cap     int
	outDir  string
	engine  *pipeline.Engine

	readProblems storybrief.ErrorList // lines of the data set that could not be read
	noSummary    int                  // stories skipped for want of references
}

// run reads the data set as a stream and evaluates its stories on a pool of
// workers, returning one result per story in data set order.
func (ev *evaluation) run(ctx context.Context, e *env, path string, limit, workers int) ([]storyResult, error) {
	if ev.outDir != "" {
		for _, m := range ev.methods {
			if err := os.MkdirAll(filepath.Join(ev.outDir, m.name), 0o755); err != nil {
				return nil, err
			}
		}
	}
	type job struct {
		seq int
		st  ingest.Story
	}
	jobs := make(chan job, 2*workers)
	done := make(chan storyResult, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			w := ev.newWorker()
			for j := range jobs {
				done <- w.story(ctx, j.seq, j.st)
			}
		})
	}
	var readErr error
	go func() {
		defer close(jobs)
		rd := ingest.NewReader([]string{path}, e.stdin)
		seq := 0
		for rd.Scan() {
			if ctx.Err() != nil || limit > 0 && seq >= limit {
				break
			}
			st := rd.Story()
			if len(st.Summaries) == 0 {
				ev.noSummary++
				continue
			}
			jobs <- job{seq, st}
			seq++
		}
		readErr = rd.Err()
		ev.readProblems = rd.Problems()
	}()
	go func() {
		wg.Wait()
		close(done)
	}()

	bar := newProgress(e, limit)
	var results []storyResult
	for r := range done {
		results = append(results, r)
		bar.add(1)
	}
	bar.finish()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if readErr != nil {
		return nil, readErr
	}
	if len(results) == 0 {
		if len(ev.readProblems) > 0 {
			return nil, errors.Join(errors.New("no story with reference summaries could be read"), ev.readProblems)
		}
		return nil, fmt.Errorf("%s: no story with reference summaries", path)
	}
	slices.SortFunc(results, func(a, b storyResult) int { return a.seq - b.seq })
	return results, nil
}

// worker holds what one goroutine needs: ROUGE scorers are not safe for
// concurrent use.
type worker struct {
	ev     *evaluation
	scorer *rouge.Scorer // the evaluation's options
}

func (ev *evaluation) newWorker() *worker {
	sc, err := rouge.NewScorer(rouge.DefaultOptions())
	if err != nil {
		panic(err) // the default options are valid
	}
	return &worker{ev: ev, scorer: sc}
}

// story evaluates every method on one story.
func (w *worker) story(ctx context.Context, seq int, st ingest.Story) storyResult {
	ev := w.ev
	res := storyResult{seq: seq, docs: len(st.Docs), methods: make([]methodResult, len(ev.methods))}
	if ctx.Err() != nil {
		return res
	}
	t0 := time.Now()
	docs, _ := ev.engine.Documents(ctx, st) // unreadable documents are counted, not fatal
	res.readable = len(docs)
	c := summarize.Prepare(docs)
	if len(c.Sents) > 0 {
		c.Sim(0, 0) // the similarity matrix is shared by the methods: build it here
	}
	res.prepare = time.Since(t0)

	refs := make([]*rouge.Reference, len(st.Summaries))
	for i, s := range st.Summaries {
		refs[i] = w.scorer.Prepare(ev.referenceLines(s))
	}
	budget := storybrief.Budget{Words: ev.cap}
	// The methods choose among the same sentences: each is analyzed for
	// ROUGE once, when a method first chooses it.
	analyzed := make([]rouge.Sentence, len(c.Sents))
	var cand []rouge.Sentence
	for k, m := range ev.methods {
		t := time.Now()
		method := m.method
		if method == nil {
			// the oracle scores with the evaluation's scorer, against the
			// references it prepared, and analyzes each sentence once for
			// all methods
			method = summarize.Oracle{References: st.Summaries, Scorer: w.scorer, Prepared: refs, Analyzed: analyzed}
		}
		chosen := method.Select(c, budget)
		lines, words := cut(c, chosen, ev.cap)
		cand = cand[:0]
		for q, l := range lines {
			i := chosen[q]
			if l != c.Sents[i].Text { // the line the cap cut
				cand = append(cand, w.scorer.Analyze([]string{l})...)
				continue
			}
			if analyzed[i].Len() == 0 {
				if a := w.scorer.Analyze([]string{l}); len(a) == 1 {
					analyzed[i] = a[0]
				}
			}
			cand = append(cand, analyzed[i])
		}
		r := w.scorer.ScoreSentences(cand, refs)
		mr := methodResult{took: time.Since(t)}
		mr.score[mR1], mr.score[mR2], mr.score[mRL], mr.score[mRSU4] = r.N[0], r.N[1], r.L, r.S
		mr.words = words
		res.methods[k] = mr
		if ev.outDir != "" && res.writeErr == nil {
			res.writeErr = writeSummary(filepath.Join(ev.outDir, m.name, fileName(st.ID, seq)), lines)
		}
	}
	return res
}

// referenceLines splits a reference summary into sentences, one per line,
// as ROUGE's input expects (it matters to ROUGE-L only), with the same
// splitter as the documents.
func (ev *evaluation) referenceLines(text string) []string {
	if ev.engine.Splitter == nil {
		return []string{text}
	}
	var lines []string
	for _, sp := range ev.engine.Splitter.Sentences(text) {
		if l := storybrief.CollapseSpace(sp.In(text)); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return []string{text}
	}
	return lines
}

// cut returns the chosen sentences as lines, cut after limit words (see
// cutLines), and how many words they keep.
func cut(c *summarize.Cluster, chosen []int, limit int) (lines []string, words int) {
	lines = make([]string, len(chosen))
	counts := make([]int, len(chosen))
	for k, i := range chosen {
		lines[k], counts[k] = c.Sents[i].Text, c.Sents[i].Words
	}
	return cutLines(lines, counts, limit)
}

// cutLines keeps the first limit white-space separated words of lines, as
// the literature cuts extractive outputs and as ROUGE's -l does: the line
// that reaches the limit keeps its first words. limit 0 keeps everything.
// counts are the lines' words (storybrief.CountWords); words is how many
// are kept.
func cutLines(lines []string, counts []int, limit int) (kept []string, words int) {
	for k, l := range lines {
		n := counts[k]
		if limit > 0 && words+n >= limit {
			kept = lines[:k:k]
			if keep := limit - words; keep > 0 {
				kept = append(kept, strings.Join(strings.Fields(l)[:keep], " "))
				words += keep
			}
			return kept, words
		}
		words += n
	}
	return lines, words
}

// fileName returns a safe file name for a story id.
func fileName(id string, seq int) string {
	if id == "" {
		id = "story-" + strconv.Itoa(seq+1)
	}
	id = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 || r == ':' {
			return '_'
		}
		return r
	}, id)
	if id == "." || id == ".." {
		id = "_" + id
	}
	return id + ".txt"
}

func writeSummary(path string, lines []string) error {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// evalReport is the result of an evaluation, as --format json writes it.
type evalReport struct {
	Data         string         `json:"data"`
	Stories      int            `json:"stories"`
	WordsCap     int            `json:"words_cap"`
	ROUGEOptions string         `json:"rouge_options"`
	Methods      []methodReport `json:"methods"`

	Documents         int     `json:"documents"`
	UnreadDocuments   int     `json:"unread_documents"`
	EmptyStories      int     `json:"stories_without_documents"`
	SkippedNoSummary  int     `json:"stories_without_summaries"`
	Workers           int     `json:"workers"`
	WallSeconds       float64 `json:"wall_seconds"`
	PrepareSeconds    float64 `json:"prepare_seconds"`
	PeakMemoryBytes   uint64  `json:"peak_memory_bytes"`
	PeakMemorySource  string  `json:"peak_memory_source"`
	BootstrapResample int     `json:"bootstrap_resamples"`
}

// rpf is one mean measure, ×100.
type rpf struct {
	R float64 `json:"r"`
	P float64 `json:"p"`
	F float64 `json:"f"`
}

type methodReport struct {
	Name             string                `json:"name"`
	Stories          int                   `json:"stories"`
	ROUGE1           rpf                   `json:"rouge1"`
	ROUGE2           rpf                   `json:"rouge2"`
	ROUGEL           rpf                   `json:"rougeL"`
	ROUGESU4         rpf                   `json:"rougeSU4"`
	Words            float64               `json:"words"`
	StoriesPerSecond float64               `json:"stories_per_second"`
	Seconds          float64               `json:"seconds"`
	CI95             map[string][2]float64 `json:"ci95"`
}

// report averages the per-story results.
func (ev *evaluation) report(data string, results []storyResult, wall time.Duration, workers int) *evalReport {
	rep := &evalReport{
		Data:              data,
		Stories:           len(results),
		WordsCap:          ev.cap,
		ROUGEOptions:      evalROUGEFlags,
		SkippedNoSummary:  ev.noSummary,
		Workers:           workers,
		WallSeconds:       wall.Seconds(),
		BootstrapResample: bootstrapResamples,
	}
	rep.PeakMemoryBytes, rep.PeakMemorySource = peakMemory()
	var prepare time.Duration
	for _, r := range results {
		rep.Documents += r.docs
		rep.UnreadDocuments += r.docs - r.readable
		if r.readable == 0 {
			rep.EmptyStories++
		}
		prepare += r.prepare
	}
	rep.PrepareSeconds = prepare.Seconds()
	n := float64(len(results))
	resamples := bootstrapIndexes(len(results))
	for k, m := range ev.methods {
		mr := methodReport{Name: m.name, Stories: len(results), CI95: map[string][2]float64{}}
		var sum [nMeasures]rpf
		var words float64
		var took time.Duration
		f := make([][]float64, nMeasures) // per measure, per story F
		for q := range f {
			f[q] = make([]float64, len(results))
		}
		for i, r := range results {
			x := r.methods[k]
			for q, s := range x.score {
				sum[q].R += s.R
				sum[q].P += s.P
				sum[q].F += s.F
				f[q][i] = s.F
			}
			words += float64(x.words)
			took += x.took
		}
		mean := func(x rpf) rpf { return rpf{100 * x.R / n, 100 * x.P / n, 100 * x.F / n} }
		mr.ROUGE1, mr.ROUGE2, mr.ROUGEL, mr.ROUGESU4 = mean(sum[mR1]), mean(sum[mR2]), mean(sum[mRL]), mean(sum[mRSU4])
		mr.Words = words / n
		mr.Seconds = took.Seconds()
		if took > 0 {
			mr.StoriesPerSecond = n / took.Seconds()
		}
		for q := range f {
			lo, hi := bootstrapCI(f[q], resamples)
			mr.CI95[measureKeys[q]+"_f"] = [2]float64{100 * lo, 100 * hi}
		}
		rep.Methods = append(rep.Methods, mr)
	}
	return rep
}

// bootstrapIndexes draws the resamples of n stories, the same for every
// method so that their intervals are comparable.
func bootstrapIndexes(n int) [][]int32 {
	rng := rand.New(rand.NewPCG(bootstrapSeed, uint64(n)))
	out := make([][]int32, bootstrapResamples)
	for b := range out {
		idx := make([]int32, n)
		for i := range idx {
			idx[i] = int32(rng.IntN(n))
		}
		out[b] = idx
	}
	return out
}

// bootstrapCI returns the 2.5th and 97.5th percentiles of the mean of xs
// over the resamples.
func bootstrapCI(xs []float64, resamples [][]int32) (lo, hi float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	means := make([]float64, len(resamples))
	for b, idx := range resamples {
		var s float64
		for _, i := range idx {
			s += xs[i]
		}
		means[b] = s / float64(len(idx))
	}
	slices.Sort(means)
	at := func(p float64) float64 {
		return means[min(len(means)-1, max(0, int(math.Round(p*float64(len(means)-1)))))]
	}
	return at(0.025), at(0.975)
}

// peakMemory returns the peak resident set size from /proc/self/status
// (VmHWM) where there is one, else the most memory the Go runtime has
// mapped, and says which.
func peakMemory() (uint64, string) {
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				if fields := strings.Fields(v); len(fields) > 0 {
					if kb, err := strconv.ParseUint(fields[0], 10, 64); err == nil {
						return kb << 10, "VmHWM"
					}
				}
			}
		}
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		return s[0].Value.Uint64(), "go runtime"
	}
	return 0, "unknown"
}

// writeText writes the report as a table headed by what was measured.
func (r *evalReport) writeText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "data      %s\n", r.Data)
	fmt.Fprintf(bw, "stories   %d", r.Stories)
	if r.EmptyStories > 0 {
		fmt.Fprintf(bw, " (%d with no readable document, scored as empty)", r.EmptyStories)
	}
	fmt.Fprintf(bw, "; %d documents, %d not readable", r.Documents, r.UnreadDocuments)
	if r.SkippedNoSummary > 0 {
		fmt.Fprintf(bw, "; %d stories without summaries skipped", r.SkippedNoSummary)
	}
	fmt.Fprintln(bw)
	if r.WordsCap > 0 {
		fmt.Fprintf(bw, "length    summaries cut at %d words\n", r.WordsCap)
	} else {
		fmt.Fprintf(bw, "length    no cut\n")
	}
	fmt.Fprintf(bw, "ROUGE     ROUGE-1.5.5 %s, all references; mean over stories ×100; [95%% bootstrap CI, %d resamples]\n", r.ROUGEOptions, r.BootstrapResample)
	fmt.Fprintf(bw, "time      %.1f s wall, %d workers; extraction, segmentation and preparation %.1f s (%.0f stories/s per core); peak memory %.0f MB (%s)\n",
		r.WallSeconds, r.Workers, r.PrepareSeconds, float64(r.Stories)/math.Max(r.PrepareSeconds, 1e-9), float64(r.PeakMemoryBytes)/(1<<20), r.PeakMemorySource)
	fmt.Fprintln(bw)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	nameWidth := len("method")
	for _, m := range r.Methods {
		nameWidth = max(nameWidth, len(m.Name))
	}
	fmt.Fprintf(tw, "%-*s\tR-1 R\tR-1 F\t95%% CI\tR-2 R\tR-2 F\t95%% CI\tR-L R\tR-L F\tR-SU4 R\tR-SU4 F\twords\tstories/s\t\n", nameWidth, "method")
	for _, m := range r.Methods {
		ci1, ci2 := m.CI95["rouge1_f"], m.CI95["rouge2_f"]
		fmt.Fprintf(tw, "%-*s\t%.2f\t%.2f\t[%.2f, %.2f]\t%.2f\t%.2f\t[%.2f, %.2f]\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f\t%.0f\t\n",
			nameWidth, m.Name, m.ROUGE1.R, m.ROUGE1.F, ci1[0], ci1[1], m.ROUGE2.R, m.ROUGE2.F, ci2[0], ci2[1],
			m.ROUGEL.R, m.ROUGEL.F, m.ROUGESU4.R, m.ROUGESU4.F, m.Words, m.StoriesPerSecond)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(bw, "\nstories/s: the method's own selection and ROUGE scoring on one core, extraction excluded;\na sentence is analyzed for ROUGE once a story, by the first method that chooses it.")
	return bw.Flush()
}

// progress draws a one-line progress report on standard error when it is
// a terminal, at most four times a second.
type progress struct {
	w     io.Writer
	total int
	n     atomic.Int64
	start time.Time
	last  time.Time
	on    bool
}

func newProgress(e *env, total int) *progress {
	return &progress{w: e.stderr, total: total, start: time.Now(), on: e.errTTY}
}

func (p *progress) add(k int) {
	n := p.n.Add(int64(k))
	if !p.on {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 250*time.Millisecond {
		p.last = now
		p.draw(n, now)
	}
}

func (p *progress) draw(n int64, now time.Time) {
	el := now.Sub(p.start).Seconds()
	rate := float64(n) / math.Max(el, 1e-9)
	if p.total > 0 {
		const width = 30
		done := min(width, int(float64(width)*float64(n)/float64(p.total)))
		fmt.Fprintf(p.w, "\reval [%s%s] %d/%d stories  %.0f/s  %.0fs ", strings.Repeat("=", done), strings.Repeat(" ", width-done), n, p.total, rate, el)
		return
	}
	fmt.Fprintf(p.w, "\reval %d stories  %.0f/s  %.0fs ", n, rate, el)
}

func (p *progress) finish() {
	if !p.on {
		return
	}
	p.draw(p.n.Load(), time.Now())
	fmt.Fprintln(p.w)
}
