package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/storybrief/storybrief/pipeline"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/render"
)

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "brief", "[flags] INPUT...", `
Brief reads the articles of one story and writes a short brief: the
sentences that carry the story, each verbatim from an article and cited
with every source that reports the same thing ([1][3] refer to the numbered
list of sources that follows).

INPUT is a file, a directory (read recursively, skipping hidden files and
README-like notes and reference summaries such as reference-brief.txt) or -
for standard input;
all loose inputs together are one story. A JSON Lines file holds one story
per line ({"id","documents":[...],"summaries":[...]}, and optionally
"titles":[...], each document's headline); each gets its own brief. With
--format json each brief is one JSON object:
{"title","documents":[{"id","source","title","lang"}],"words",
"summary":[{"text","sources":[{"doc","line","start","end"}],"speaker","cut"}],
"quotes":[{"text","speaker","entity","doc","line","start","end","kind","cue"}],
"entities":[{"id","name","type","mentions","titles","docs","salience","count","spans"}],
"facts":[{"text","status","outlets","sources":[{"doc","line","start","end","speaker","related"}],
"sides":[{"stance","speakers","sources"}],"basis","cut"}],"stories"}
(a disputed fact's "basis" is "rebuttal", a denial of the claim as a
report or a claim, or "figures", another figure for one quantity).

When the articles given as one story seem to tell several (two articles
share almost none of their words; a page that is no article, such as a
cookie wall, counts as another story), the brief says which sources tell
which ("stories": the document ids of each, the largest first) and still
covers them all; --split briefs each story apart instead.

A summary sentence or fact in which its source's text stops ("cut": a
truncated article, a feed excerpt) ends with … in the other formats. A document in
another language than English is summarized, but its entities and quotes
are not read.

Facts are what the articles state, each with the sentences that state it:
corroborated by two outlets or more, reported by only one, or in dispute
(one side asserts, another denies or gives another figure; both are cited).
The summary never states a disputed claim as settled. --format html writes
one self-contained page for one story: the summary, the facts, who said
what, and the articles with each cited sentence marked; a citation [n]
leads to its sentence.`)
	format := fs.String("format", "text", "output format: text, markdown, json or html")
	words := fs.Int("words", 120, "length budget in words (0: no word budget)")
	sentences := fs.Int("sentences", 0, "length budget in sentences (0: no sentence budget)")
	width := fs.Int("width", 80, "wrap text output at this many columns")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "stories briefed at once, from a JSON Lines input (the output does not depend on it)")
	split := fs.Bool("split", false, "brief apart each story that the articles given as one seem to tell")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usageError{err.Error()}
	}
	if *workers < 1 {
		return usageError{"--workers must be at least 1"}
	}
	if *words < 0 || *sentences < 0 {
		return usageError{"--words and --sentences must not be negative"}
	}
	if *words == 0 && *sentences == 0 {
		return usageError{"set a budget: --words N or --sentences N"}
	}
	if len(rest) == 0 {
		return usageError{"no input: name files, directories or - for standard input"}
	}
	budget := storybrief.Budget{Words: *words, Sentences: *sentences}
	if *sentences > 0 && !flagSet(fs, "words") {
		budget.Words = 0
	}
	eng := newEngine()
	rd := ingest.NewReader(rest, e.stdin)
	var problems storybrief.ErrorList
	briefs := 0
	write := func(r briefResult) error {
		problems = append(problems, r.probs...)
		storyProblems := r.probs
		if r.id == "" { // loose inputs: every problem so far concerns them
			storyProblems = append(append(storybrief.ErrorList(nil), r.readProbs...), r.probs...)
		}
		for k, b := range r.briefs {
			if briefs > 0 && f == render.HTML {
				return usageError{"--format html writes one page for one story; the input holds several (use --format json)"}
			}
			if briefs > 0 && f != render.JSON {
				fmt.Fprintln(e.stdout)
			}
			id := r.id
			if len(r.briefs) > 1 {
				id = partID(r.id, k)
			}
			if len(b.Stories) > 1 && r.id == "" {
				// loose inputs: a JSON Lines story says it in its brief alone
				fmt.Fprintf(e.stderr, "storybrief: %s --split briefs each story apart.\n", render.StoriesNote(b, false))
			}
			if err := render.Brief(e.stdout, id, b, storyProblems, render.Options{Format: f, Width: *width}); err != nil {
				return fmt.Errorf("write: %w", err)
			}
			briefs++
		}
		return nil
	}
	if err := briefStories(ctx, eng, rd, budget, *workers, *split, write); err != nil {
		return err
	}
	if err := rd.Err(); err != nil {
		return err
	}
	problems = append(rd.Problems(), problems...)
	if briefs == 0 {
		if len(problems) > 0 {
			return errors.Join(errors.New("no article could be read"), problems)
		}
		return errors.New("no article could be read")
	}
	return partial(problems)
}

// briefResult is the brief of one story of the input (one brief for each
// story it tells, with --split), or its problems.
type briefResult struct {
	seq       int // the story's place in the input
	id        string
	briefs    []*storybrief.Brief // none: no document could be read
	probs     storybrief.ErrorList
	readProbs storybrief.ErrorList // the reader's problems when the story was read
}

// partID names the k-th story (from 0) that the input story id tells:
// "story-2" for loose inputs, "ID/2" for a story of a JSON Lines file.
func partID(id string, k int) string {
	if id == "" {
		return fmt.Sprintf("story-%d", k+1)
	}
	return fmt.Sprintf("%s/%d", id, k+1)
}

// briefOf briefs docs as one story, or, with split, each story they seem
// to tell apart.
func briefOf(eng *pipeline.Engine, docs []*storybrief.Document, budget storybrief.Budget, split bool) []*storybrief.Brief {
	b := eng.Brief(docs, budget)
	if !split || len(b.Stories) < 2 {
		return []*storybrief.Brief{b}
	}
	out := make([]*storybrief.Brief, 0, len(b.Stories))
	for _, g := range b.Stories {
		part := make([]*storybrief.Document, len(g))
		for i, k := range g {
			part[i] = docs[k]
		}
		out = append(out, eng.Brief(part, budget))
	}
	return out
}

// briefStories briefs the stories of rd, workers at a time, and calls
// write with each result in input order, on the calling goroutine. At most
// 2×workers stories are held at once, so that memory stays bounded on a
// long stream. It stops at write's first error.
func briefStories(ctx context.Context, eng *pipeline.Engine, rd *ingest.Reader, budget storybrief.Budget, workers int, split bool, write func(briefResult) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq       int
		st        ingest.Story
		readProbs storybrief.ErrorList
	}
	jobs := make(chan job, workers)
	results := make(chan briefResult, workers)
	slots := make(chan struct{}, 2*workers) // stories read and not yet written
	go func() {
		defer close(jobs)
		for seq := 0; rd.Scan(); seq++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			st := rd.Story()
			j := job{seq: seq, st: st}
			if st.ID == "" {
				j.readProbs = append(storybrief.ErrorList(nil), rd.Problems()...)
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				r := briefResult{seq: j.seq, id: j.st.ID, readProbs: j.readProbs}
				if ctx.Err() == nil {
					docs, probs := eng.Documents(ctx, j.st)
					r.probs = probs
					if len(docs) > 0 {
						r.briefs = briefOf(eng, docs, budget, split)
					}
				}
				results <- r
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]briefResult{}
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain, so that the workers end
		}
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err = write(r); err != nil {
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}
