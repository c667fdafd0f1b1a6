package main

import (
	"context"
	"errors"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/render"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[flags] INPUT...", `
Extract reads each input page and shows what storybrief keeps of it: the
headline, the article's paragraphs with their line numbers and kinds (body,
quote for a block quote, dek for a standfirst, note for an editor's note),
every dropped line with the reason (navigation, captions, teasers, banners,
promos, tag lines, author boxes), and the reader comments, kept apart.

INPUT is a file, a directory (read recursively, skipping hidden files and
README-like notes and reference summaries such as reference-brief.txt) or -
for standard input.
Plain text and HTML are told apart by content.`)
	format := fs.String("format", "text", "output format: text, markdown or json")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usageError{err.Error()}
	}
	if f == render.HTML {
		return usageError{"extract writes text, markdown or json (html is for brief)"}
	}
	if len(rest) == 0 {
		return usageError{"no input: name files, directories or - for standard input"}
	}
	eng := newEngine()
	rd := ingest.NewReader(rest, e.stdin)
	var stories []render.StoryDocs
	var problems storybrief.ErrorList
	for rd.Scan() {
		st := rd.Story()
		docs, probs := eng.Documents(ctx, st)
		problems = append(problems, probs...)
		stories = append(stories, render.StoryDocs{Story: st.ID, Docs: docs})
	}
	if err := rd.Err(); err != nil {
		return err
	}
	problems = append(rd.Problems(), problems...)
	n := 0
	for _, s := range stories {
		n += len(s.Docs)
	}
	if n == 0 {
		if len(problems) > 0 {
			return errors.Join(errors.New("no article could be read"), problems)
		}
		return errors.New("no article could be read")
	}
	if err := render.Extract(e.stdout, stories, problems, f); err != nil {
		return err
	}
	return partial(problems)
}

// partial returns a partialError for a non-empty problem list.
func partial(problems storybrief.ErrorList) error {
	if len(problems) == 0 {
		return nil
	}
	return partialError{problems}
}
