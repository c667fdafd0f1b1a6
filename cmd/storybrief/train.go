package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/pipeline"
	"github.com/storybrief/storybrief/rouge"
	"github.com/storybrief/storybrief/summarize"
)

func runTrain(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train", "[flags] --data TRAIN.jsonl[.gz]", `
Train learns storybrief's sentence scorer from a data set of stories with
human reference summaries ({"id","documents":[...],"summaries":[...]} per
line), and writes the two files the summarizer ships with:

  background.tsv.gz  document frequencies of word stems over the data's
                     documents (how rare a word is in news at large), and
                     how often a summary keeps each stem of its input
  model.json         the sentence scorer and what it reads:
                     - a lexical table: for common words, how much more or
                       less of a sentence using them a summary keeps;
                     - three linear models over hashed features, each
                       fitted in one AdaGrad pass (the scorer reads their
                       predictions, made out of fold): the label from words
                       and pairs of words; whether the greedy ROUGE oracle
                       picks the sentence, from the same; and the label from
                       stems joined to their support in the story;
                     - the scorer over the features of summarize.Features,
                       fitted to each sentence's label, the mean of its
                       ROUGE-1 and ROUGE-2 precision against the reference
                       (stemmed, as ROUGE-1.5.5 -m computes it; ROUGE-2
                       weighs --bigram-weight times as much): a ridge
                       regression, or with --trees a gradient-boosted forest;
                     - a length model: summary words from the number of
                       documents, by least squares over the references;
                     - a boilerplate table: sentences that the documents of
                       --boilerplate-min-stories stories carry word for word
                       (site and archive templates), never chosen;
                     - a reranker: small forests that choose a long
                       summary among variants of the greedy one by features
                       of the whole summary, fitted to their ROUGE on
                       --rerank-stories stories; four forests, each fitted
                       without a quarter of the stories, are averaged
                       (bagging steadies a pick among close variants:
                       validation +0.03 ROUGE-2). Each story's variants come
                       from a sentence scorer fitted on the other half of
                       the stories, as a new story's would (--rerank-from
                       refits only the reranker, in a minute, over the
                       shipped scorer).

The defaults reproduce the shipped model from Multi-News's train split
(about 6 minutes on 2 cores). Training is deterministic: the same data and flags give the same files.
Select and tune on the train and validation splits only.`)
	data := fs.String("data", "", "training data set (JSON Lines, optionally gzipped)")
	out := fs.String("out", "summarize/model", "directory to write model.json and background.tsv.gz to")
	limit := fs.Int("limit", 0, "use only the first N stories (0: all)")
	lambda := fs.Float64("l2", 0.01, "ridge penalty")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "stories processed at once (the result does not depend on it)")
	bgMin := fs.Int("background-min-df", 3, "keep stems used by at least this many documents")
	bgMax := fs.Int("background-max", 60000, "keep at most this many stems")
	trees := fs.Int("trees", 300, "fit a gradient-boosted forest of this many trees (0: a linear model instead)")
	depth := fs.Int("depth", 6, "depth of each tree")
	rate := fs.Float64("rate", 0.1, "shrinkage of the forest")
	label := fs.String("label", "density", "what the model learns: density (ROUGE-1/2 precision of each sentence) or oracle (whether the greedy ROUGE oracle picks it)")
	bigramWeight := fs.Float64("bigram-weight", 2, "weight of ROUGE-2 precision against ROUGE-1's (1) in the density label")
	lexMin := fs.Int("lexical-min-stories", 400, "keep in the lexical table the words used by at least this many stories")
	boilerMin := fs.Int("boilerplate-min-stories", 5, "never choose a sentence that the documents of at least this many stories carry word for word (0: keep them all)")
	rerankStories := fs.Int("rerank-stories", 50000, "fit the reranker on about this many stories (0: no reranker)")
	rerankTrees := fs.Int("rerank-trees", 200, "fit each of the reranker's forests with this many trees of depth 4 (0: a linear model)")
	rerankFrom := fs.String("rerank-from", "", "keep the sentence model in `DIR` (as --out wrote it) and fit only its reranker, writing the result to --out")
	dropList := fs.String("drop", "", "leave out these feature groups, comma-separated, for ablations: "+strings.Join(summarize.FeatureGroupNames(), ", "))
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *data == "" || len(rest) > 0 {
		return usageError{"give the data set with --data FILE and nothing else"}
	}
	if *label != "density" && *label != "oracle" {
		return usageError{fmt.Sprintf("--label %q: want density or oracle", *label)}
	}
	if *bigramWeight < 0 {
		return usageError{"--bigram-weight must not be negative"}
	}
	lab := labeling{oracle: *label == "oracle", bigramWeight: *bigramWeight}
	var drop []int
	for _, g := range strings.Split(*dropList, ",") {
		if g = strings.TrimSpace(g); g == "" {
			continue
		}
		cols, err := summarize.FeatureGroup(g)
		if err != nil {
			return usageError{err.Error()}
		}
		drop = append(drop, cols...)
	}
	start := time.Now()
	if *rerankFrom != "" {
		return retrainRerank(ctx, e, *data, *rerankFrom, *out, *limit, *workers, *rerankStories, *rerankTrees)
	}

	// Pass 1: background document frequencies over every document.
	bg := &summarize.Background{}
	tk := summarize.NewTokenizer()
	rd := ingest.NewReader([]string{*data}, nil)
	stories := 0
	var length summarize.LengthFit
	for rd.Scan() {
		if *limit > 0 && stories >= *limit {
			break
		}
		stories++
		st := rd.Story()
		texts := make([]string, len(st.Docs))
		for i, d := range st.Docs {
			texts[i] = string(d.Data)
			bg.CountDocument(tk, texts[i])
		}
		for _, s := range st.Summaries {
			length.Add(len(st.Docs), len(strings.Fields(s)))
		}
		if len(st.Summaries) > 0 {
			bg.CountStory(tk, texts, strings.Join(st.Summaries, "\n"))
		}
	}
	if err := rd.Err(); err != nil {
		return err
	}
	if stories == 0 {
		return fmt.Errorf("%s: no stories read: %v", *data, rd.Problems())
	}
	fmt.Fprintf(e.stderr, "pass 1: %d stories, %d documents, %d stems (%.1fs)\n", stories, bg.Docs, len(bg.DF), time.Since(start).Seconds())
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	bgPath := filepath.Join(*out, "background.tsv.gz")
	f, err := os.Create(bgPath)
	if err != nil {
		return err
	}
	if err := bg.Write(f, *bgMin, *bgMax); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", bgPath, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	// Read it back: the model must be trained with exactly what ships.
	f, err = os.Open(bgPath)
	if err != nil {
		return err
	}
	bg, err = summarize.ReadBackground(f)
	f.Close()
	if err != nil {
		return err
	}

	// Pass 2: the lexical table.
	lex, boiler, folds, err := trainLexical(ctx, e, *data, stories, *workers, lab, *lexMin, *boilerMin)
	if err != nil {
		return err
	}
	skip := &summarize.Model{Boilerplate: boiler}

	// Pass 3: sentence features and labels, accumulated per shard.
	eng := newEngine()
	eng.Workers = 1
	parts := make([]*samples, trainShards)
	scorers := make([]*rouge.Scorer, trainShards)
	for k := range parts {
		parts[k] = &samples{ridge: summarize.NewRidge(len(summarize.FeatureNames)), keep: *trees > 0}
		if scorers[k], err = rouge.NewScorer(summarize.OracleOptions()); err != nil {
			return err
		}
	}
	n, err := shardStories(ctx, *data, stories, *workers, func(k int, st seqStory) {
		addStory(ctx, eng, scorers[k], bg, folds[k%2], skip, st, drop, lab, parts[k])
	})
	if err != nil {
		return err
	}
	total := parts[0].ridge
	for _, p := range parts[1:] {
		total.Merge(p.ridge)
	}
	m, err := total.Fit(*lambda, summarize.FeatureNames)
	if err != nil {
		return err
	}
	m.Lexical = lex
	m.Length = length.Fit()
	m.Boilerplate = boiler
	var oof [2]*summarize.Model // the sentence models the reranker's stories read, by parity
	if *trees > 0 {
		// Samples arrive in worker order; sort them back to story order so
		// that training is deterministic.
		sx, sy, keys := sortedSamples(parts)
		fmt.Fprintf(e.stderr, "fitting %d trees of depth %d on %d sentences\n", *trees, *depth, len(sx))
		opts := summarize.BoostOptions{Trees: *trees, Depth: *depth, Rate: *rate, MinLeaf: 200, Bins: 64, Lambda: 1, Workers: *workers}
		withProgress := opts
		withProgress.Progress = func(t int, loss float64) {
			if t%25 == 0 {
				fmt.Fprintf(e.stderr, "tree %d: training RMSE %.5f\n", t, loss)
			}
		}
		forest, err := summarize.FitForest(sx, sy, withProgress)
		if err != nil {
			return err
		}
		m.Forest = forest
		if *rerankStories > 0 {
			// The reranker learns from the candidates that the sentence
			// model makes of training stories; made by a model fitted on
			// those very stories, they would be better than any it makes
			// of a new story. So each half of the stories (by parity) is
			// scored by a forest fitted on the other half, over the word
			// models fitted on the other half.
			for p := range oof {
				var hx [][]float32
				var hy []float32
				for k, key := range keys {
					if int(key>>20)%2 != p {
						hx, hy = append(hx, sx[k]), append(hy, sy[k])
					}
				}
				f, err := summarize.FitForest(hx, hy, opts)
				if err != nil {
					return err
				}
				mp := *m
				mp.Forest, mp.Lexical = f, folds[p]
				oof[p] = &mp
			}
			fmt.Fprintf(e.stderr, "fitted the out-of-fold forests for the reranker (%.1fs)\n", time.Since(start).Seconds())
		}
	}
	if *rerankStories > 0 {
		models := oof
		if models[0] == nil {
			models = [2]*summarize.Model{m, m}
		}
		if m.Rerank, err = trainRerank(ctx, e, *data, stories, *workers, max(1, stories / *rerankStories), *rerankTrees, models, bg); err != nil {
			return err
		}
	}
	m.Label = lab.String()
	m.Trained = fmt.Sprintf("%s: %d stories, %d sentences, ridge l2=%g", filepath.Base(*data), n, total.N(), *lambda)
	if *trees > 0 {
		m.Trained += fmt.Sprintf(", forest of %d trees of depth %d, rate %g", *trees, *depth, *rate)
	}
	if *dropList != "" {
		m.Trained += ", without " + *dropList
	}
	modelPath, err := writeModel(*out, m)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s and %s: %d stories, %d sentences (%.1fs)\n", modelPath, bgPath, n, total.N(), time.Since(start).Seconds())
	for k, name := range m.Features {
		fmt.Fprintf(e.stdout, "%-20s %+.4f\n", name, m.Weights[k])
	}
	return nil
}

// seqStory is a story and its number in the input.
type seqStory struct {
	ingest.Story
	seq int
}

// addStory adds the labelled sentences of one story (see labeling) to r,
// with their feature columns in drop zeroed.
func addStory(ctx context.Context, eng *pipeline.Engine, sc *rouge.Scorer, bg *summarize.Background, lex *summarize.Lexical, skip *summarize.Model, st seqStory, drop []int, lab labeling, r *samples) {
	c, idx, labels := labelStory(ctx, eng, sc, st, lab)
	if len(idx) == 0 {
		return
	}
	rows := summarize.Features(c, bg, lex)
	for k, i := range idx {
		if skip.IsBoilerplate(c.Sents[i].Text) {
			continue // never chosen, so never learned from
		}
		for _, f := range drop {
			rows[i][f] = 0
		}
		r.add(st.seq, i, rows[i], labels[k])
	}
}

// labeling says what a sentence's label is: whether the greedy ROUGE
// oracle picks it (oracle), or else its density, the weighted mean of its
// ROUGE-1 precision (weight 1) and ROUGE-2 precision (weight bigramWeight)
// against the references: how much of it a human summary keeps. Weighing
// the pairs of words twice favours the sentences whose phrasing the
// summary keeps (validation ROUGE-2 +0.07 at ROUGE-1 −0.02).
type labeling struct {
	oracle       bool
	bigramWeight float64
}

// String says what the label is, as model.json records it.
func (lab labeling) String() string {
	if lab.oracle {
		return "whether the greedy ROUGE oracle (-n 2 -m, 300 words) picks the sentence"
	}
	return fmt.Sprintf("mean of ROUGE-1 (weight 1) and ROUGE-2 (weight %g) precision of the sentence against the reference (-n 2 -m)", lab.bigramWeight)
}

// labelStory prepares one story and labels its eligible sentences (see
// labeling).
func labelStory(ctx context.Context, eng *pipeline.Engine, sc *rouge.Scorer, st seqStory, lab labeling) (c *summarize.Cluster, idx []int, labels []float64) {
	if len(st.Summaries) == 0 {
		return nil, nil, nil
	}
	docs, _ := eng.Documents(ctx, st.Story)
	c = summarize.Prepare(docs)
	if len(c.Sents) == 0 {
		return nil, nil, nil
	}
	refs := make([]*rouge.Reference, len(st.Summaries))
	for i, s := range st.Summaries {
		refs[i] = sc.Prepare([]string{s})
	}
	var picked map[int]bool
	if lab.oracle {
		picked = map[int]bool{}
		for _, i := range (summarize.Oracle{References: st.Summaries, Scorer: sc}).Select(c, storybrief.Budget{Words: 300}) {
			picked[i] = true
		}
	}
	for i, s := range c.Sents {
		if !s.Eligible {
			continue
		}
		a := sc.Analyze([]string{s.Text})
		if len(a) != 1 || a[0].Len() == 0 {
			continue
		}
		var y float64
		switch {
		case !lab.oracle:
			res := sc.ScoreSentences(a, refs)
			y = (res.N[0].P + lab.bigramWeight*res.N[1].P) / (1 + lab.bigramWeight)
		case picked[i]:
			y = 1
		}
		idx = append(idx, i)
		labels = append(labels, y)
	}
	return c, idx, labels
}

// trainLexical fits the lexical table on the labelled sentences of data,
// and returns with it the sorted hashes of the sentences that the
// documents of at least boilerMin stories carry (none when boilerMin is 0).
func trainLexical(ctx context.Context, e *env, data string, limit, workers int, lab labeling, minStories, boilerMin int) (*summarize.Lexical, []uint64, [2]*summarize.Lexical, error) {
	start := time.Now()
	eng := newEngine()
	eng.Workers = 1
	var folds [2]*summarize.Lexical
	fits := make([]*summarize.LexicalFit, trainShards)
	linear := make([]*summarize.LexLinearFit, trainShards)
	picked := make([]*summarize.LexLinearFit, trainShards)
	inStory := make([]*summarize.LexLinearFit, trainShards)
	scorers := make([]*rouge.Scorer, trainShards)
	seen := make([]map[uint64]int32, trainShards) // sentence hash → stories
	for k := range fits {
		fits[k] = summarize.NewLexicalFit()
		linear[k] = summarize.NewLexLinearFit()
		picked[k] = summarize.NewLexLinearFit()
		inStory[k] = summarize.NewLexLinearFit()
		seen[k] = map[uint64]int32{}
		var err error
		if scorers[k], err = rouge.NewScorer(summarize.OracleOptions()); err != nil {
			return nil, nil, folds, err
		}
	}
	n, err := shardStories(ctx, data, limit, workers, func(k int, st seqStory) {
		c, idx, labels := labelStory(ctx, eng, scorers[k], st, lab)
		var chosen map[int]bool // the oracle's picks, unless labels are them
		if len(idx) > 0 && !lab.oracle {
			chosen = map[int]bool{}
			for _, i := range (summarize.Oracle{References: st.Summaries, Scorer: scorers[k]}).Select(c, storybrief.Budget{Words: 300}) {
				chosen[i] = true
			}
		}
		for j, i := range idx {
			fits[k].Add(c.Sents[i].Text, labels[j])
			linear[k].Add(c.Sents[i].Text, labels[j])
			y := labels[j]
			if !lab.oracle {
				y = 0
				if chosen[i] {
					y = 1
				}
			}
			picked[k].Add(c.Sents[i].Text, y)
			inStory[k].AddInStory(c, i, labels[j])
			// Eligible sentences are distinct within a story (Prepare).
			seen[k][summarize.SentenceHash(c.Sents[i].Text)]++
		}
		fits[k].EndStory()
	})
	if err != nil {
		return nil, nil, folds, err
	}
	// The forest reads the linear model's prediction out of fold: for the
	// stories of even shards the model of odd shards, and the other way
	// round; the model that ships averages all shards.
	half := func(fits []*summarize.LexLinearFit, parity int) *summarize.LexLinear {
		var part []*summarize.LexLinearFit
		for k, f := range fits {
			if k%2 == parity {
				part = append(part, f)
			}
		}
		return summarize.AverageLexLinear(part...)
	}
	for fold := range folds {
		other := 1 - fold
		folds[fold] = &summarize.Lexical{Linear: half(linear, other), Oracle: half(picked, other), Story: half(inStory, other)}
	}
	for k, f := range fits[1:] {
		fits[0].Merge(f)
		for h, c := range seen[k+1] {
			seen[0][h] += c
		}
	}
	lex := fits[0].Fit(minStories, 50, 20000)
	if lex == nil {
		return nil, nil, folds, fmt.Errorf("%s: no labelled sentences for the lexical table", data)
	}
	var boiler []uint64
	if boilerMin > 0 {
		for h, c := range seen[0] {
			if int(c) >= boilerMin {
				boiler = append(boiler, h)
			}
		}
		slices.Sort(boiler)
	}
	fmt.Fprintf(e.stderr, "pass 2: lexical table of %d keys, %d boilerplate sentences, linear models explaining %.1f%% of the label's variance, %.1f%% of the oracle's picks, %.1f%% of the label in the story (progressive), from %d stories (%.1fs)\n", len(lex.Value), len(boiler), 100*summarize.ProgressiveR2(linear...), 100*summarize.ProgressiveR2(picked...), 100*summarize.ProgressiveR2(inStory...), n, time.Since(start).Seconds())
	lex.Linear, lex.Oracle, lex.Story = summarize.AverageLexLinear(linear...), summarize.AverageLexLinear(picked...), summarize.AverageLexLinear(inStory...)
	for _, f := range folds {
		f.Mean, f.Value = lex.Mean, lex.Value
	}
	return lex, boiler, folds, nil
}

// rerankBags is the number of reranker forests averaged, each fitted
// without one share of the stories.
const rerankBags = 4

// trainShards is the number of shards that training accumulates apart. It
// is fixed, not the number of workers, so that sums are added in the same
// order on any machine and training gives the same floats everywhere.
const trainShards = 8

// shardStories reads the first limit stories of data (0: all) and calls
// fn(shard, story) for each: story number seq goes to shard seq mod
// trainShards, each shard sees its stories in order on one goroutine, and
// at most workers calls run at once. It returns the number of stories read.
func shardStories(ctx context.Context, data string, limit, workers int, fn func(shard int, st seqStory)) (int, error) {
	chans := make([]chan seqStory, trainShards)
	sem := make(chan struct{}, max(workers, 1))
	var wg sync.WaitGroup
	for k := range chans {
		chans[k] = make(chan seqStory, 2)
		wg.Go(func() {
			for st := range chans[k] {
				sem <- struct{}{}
				fn(k, st)
				<-sem
			}
		})
	}
	rd := ingest.NewReader([]string{data}, nil)
	n := 0
	for rd.Scan() && (limit == 0 || n < limit) && ctx.Err() == nil {
		chans[n%trainShards] <- seqStory{Story: rd.Story(), seq: n}
		n++
	}
	for _, ch := range chans {
		close(ch)
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return n, err
	}
	return n, rd.Err()
}

// sortedSamples returns the rows and labels of parts in input order, so
// that a forest fitted to them does not depend on the order workers ran in.
func sortedSamples(parts []*samples) ([][]float32, []float32, []int64) {
	var xs [][]float32
	var ys []float32
	var keys []int64
	for _, p := range parts {
		xs = append(xs, p.x...)
		ys = append(ys, p.y...)
		keys = append(keys, p.key...)
	}
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	sx, sy, sk := make([][]float32, len(xs)), make([]float32, len(xs)), make([]int64, len(xs))
	for k, i := range order {
		sx[k], sy[k], sk[k] = xs[i], ys[i], keys[i]
	}
	return sx, sy, sk
}

// samples collects one worker's training samples: the normal equations of
// the linear model, and the rows themselves when a forest is fitted.
type samples struct {
	ridge *summarize.Ridge
	keep  bool
	x     [][]float32
	y     []float32
	key   []int64 // story number << 20 | sentence, to restore input order
}

func (s *samples) add(story, sent int, row []float64, y float64) {
	s.ridge.Add(row, y)
	if !s.keep {
		return
	}
	r := make([]float32, len(row))
	for k, v := range row {
		r[k] = float32(v)
	}
	s.x = append(s.x, r)
	s.y = append(s.y, float32(y))
	s.key = append(s.key, int64(story)<<20|int64(sent))
}

// retrainRerank reads the model in dir, fits its reranker anew on data and
// writes the model and its background to out.
func retrainRerank(ctx context.Context, e *env, data, dir, out string, limit, workers, rerankStories, rerankTrees int) error {
	m, bg, err := summarize.LoadSentenceModelDir(dir)
	if err != nil {
		return err
	}
	if rerankStories <= 0 {
		return usageError{"--rerank-from needs --rerank-stories above 0"}
	}
	stories := 0
	rd := ingest.NewReader([]string{data}, nil)
	for rd.Scan() && (limit == 0 || stories < limit) {
		stories++
	}
	if err := rd.Err(); err != nil {
		return err
	}
	if m.Rerank, err = trainRerank(ctx, e, data, stories, workers, max(1, stories/rerankStories), rerankTrees, [2]*summarize.Model{m, m}, bg); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if filepath.Clean(out) != filepath.Clean(dir) {
		src, err := os.ReadFile(filepath.Join(dir, "background.tsv.gz"))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "background.tsv.gz"), src, 0o644); err != nil {
			return err
		}
	}
	_, err = writeModel(out, m)
	return err
}

// writeModel writes m to dir/model.json and returns the file's path.
func writeModel(dir string, m *summarize.Model) (string, error) {
	js, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "model.json")
	return path, os.WriteFile(path, append(js, '\n'), 0o644)
}

// trainRerank fits the reranker on every every-th story: the candidates of
// each story under models[its number's parity], with their features and their ROUGE against
// the reference, both centred on the story's mean so that the model learns
// to rank within a story.
func trainRerank(ctx context.Context, e *env, data string, limit, workers, every, trees int, models [2]*summarize.Model, bg *summarize.Background) (*summarize.Reranker, error) {
	start := time.Now()
	eng := newEngine()
	eng.Workers = 1
	d := len(summarize.RerankFeatureNames)
	parts := make([]*summarize.Ridge, trainShards)
	scorers := make([]*rouge.Scorer, trainShards)
	rows := make([]*samples, trainShards) // for the forest
	for k := range parts {
		parts[k] = summarize.NewRidge(d)
		rows[k] = &samples{ridge: summarize.NewRidge(2 * d), keep: trees > 0}
		var err error
		opts := rouge.DefaultOptions()
		opts.NoLCS = true // the objective is and R-SU4
		if scorers[k], err = rouge.NewScorer(opts); err != nil {
			return nil, err
		}
	}
	counted := make([]int, trainShards) // stories per shard
	_, err := shardStories(ctx, data, limit, workers, func(k int, st seqStory) {
		if st.seq%every != 0 || len(st.Summaries) == 0 {
			return
		}
		docs, _ := eng.Documents(ctx, st.Story)
		c := summarize.Prepare(docs)
		if len(c.Sents) == 0 {
			return
		}
		cands, feats := summarize.RerankSamples(c, models[st.seq%2], bg, 300)
		if len(cands) < 2 {
			return
		}
		refs := make([]*rouge.Reference, len(st.Summaries))
		for i, s := range st.Summaries {
			refs[i] = scorers[k].Prepare([]string{s})
		}
		ys := make([]float64, len(cands))
		var meanY float64
		meanX := make([]float64, d)
		for j, cand := range cands {
			lines := make([]string, len(cand))
			for q, i := range cand {
				lines[q] = c.Sents[i].Text
			}
			r := scorers[k].ScorePrepared(lines, refs)
			ys[j] = (r.N[0].F + r.N[1].F + r.S.F) / 3
			meanY += ys[j] / float64(len(cands))
			for q, x := range feats[j] {
				meanX[q] += x / float64(len(cands))
			}
		}
		row := make([]float64, d)
		for j := range cands {
			for q, x := range feats[j] {
				row[q] = x - meanX[q]
			}
			parts[k].Add(row, ys[j]-meanY)
		}
		if trees > 0 {
			for j, r := range summarize.RerankRows(feats) {
				rows[k].add(st.seq, j, r, ys[j]-meanY)
			}
		}
		counted[k]++
	})
	if err != nil {
		return nil, err
	}
	for _, p := range parts[1:] {
		parts[0].Merge(p)
	}
	lin, err := parts[0].Fit(1e-3, summarize.RerankFeatureNames)
	if err != nil {
		return nil, fmt.Errorf("reranker: %w", err)
	}
	r := &summarize.Reranker{Features: summarize.RerankFeatureNames, Weights: make([]float64, d)}
	for q := range r.Weights {
		r.Weights[q] = lin.Weights[q] / lin.Std[q]
	}
	if trees > 0 {
		xs, ys, keys := sortedSamples(rows)
		var bag []*summarize.Forest
		for q := range rerankBags {
			var bx [][]float32
			var by []float32
			for i, key := range keys {
				if int(key>>20)%rerankBags != q {
					bx, by = append(bx, xs[i]), append(by, ys[i])
				}
			}
			f, err := summarize.FitForest(bx, by, summarize.BoostOptions{
				Trees: trees, Depth: 4, Rate: 0.1, MinLeaf: 100, Bins: 64, Lambda: 1, Workers: workers,
			})
			if err != nil {
				return nil, fmt.Errorf("reranker: %w", err)
			}
			bag = append(bag, f)
		}
		r.Forest = summarize.AverageForests(bag...)
		r.Weights = nil
	}
	stories := 0
	for _, n := range counted {
		stories += n
	}
	fmt.Fprintf(e.stderr, "pass 4: reranker from the candidates of %d stories (%.1fs)\n", stories, time.Since(start).Seconds())
	return r, nil
}
