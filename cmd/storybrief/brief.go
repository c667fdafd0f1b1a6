package main

import (
	"context"
	"errors"
	"fmt"

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
README-like notes) or - for standard input;
all loose inputs together are one story. A JSON Lines file holds one story
per line ({"id","documents":[...],"summaries":[...]}, and optionally
"titles":[...], each document's headline); each gets its own brief. With --format json each brief is one JSON object:
{"documents":[{"id","source","title","lang"}],"summary":[{"text","sources":[{"doc","line"}],"speaker","cut"}],
"facts":[{"text","status","outlets","sources":[{"doc","line"}],"cut"}]}.
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
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usageError{err.Error()}
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
	for rd.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		st := rd.Story()
		docs, probs := eng.Documents(ctx, st)
		problems = append(problems, probs...)
		if len(docs) == 0 {
			continue
		}
		b := eng.Brief(docs, budget)
		if briefs > 0 && f == render.HTML {
			return usageError{"--format html writes one page for one story; the input holds several (use --format json)"}
		}
		if briefs > 0 && f != render.JSON {
			fmt.Fprintln(e.stdout)
		}
		storyProblems := probs
		if st.ID == "" { // loose inputs: every problem so far concerns them
			storyProblems = append(append(storybrief.ErrorList(nil), rd.Problems()...), probs...)
		}
		if err := render.Brief(e.stdout, st.ID, b, storyProblems, render.Options{Format: f, Width: *width}); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		briefs++
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
