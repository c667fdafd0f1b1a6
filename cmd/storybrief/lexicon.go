package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/storybrief/storybrief/entity"
	"github.com/storybrief/storybrief/ingest"
)

func runLexicon(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "lexicon", "[flags] --data CORPUS.jsonl[.gz] --out FILE", `
Lexicon counts how a cased news corpus writes each word where a capital
would carry meaning (not opening a sentence or a quotation, not an
acronym), and writes each word it writes in lower case at least
--min-lower times, with its counts: "advertising 41 0" (lower case,
capitalized). The entity finder ships such a list (entity/lower.txt): a
capitalized run that opens with a word nearly always written in lower case
("Advertising Policy", "Targeted Diagnostics") is no person's name, and
common words after "and" go on an organization's name (Centers for Disease
Control and Prevention). The shipped list comes from

  storybrief lexicon --data ../shared/data/neus-allsides/train.jsonl --out entity/lower.txt

Documents written all in lower case or capitals count for nothing.`)
	data := fs.String("data", "", "read the corpus from `FILE` (JSON Lines of stories, or a directory of articles)")
	out := fs.String("out", "", "write the word list to `FILE` (- for standard output)")
	minLower := fs.Int("min-lower", 3, "list a word written in lower case at least `N` times")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" || *out == "" || fs.NArg() > 0 {
		return usageError{"lexicon needs --data and --out, and no other arguments"}
	}
	if *minLower < 1 {
		return usageError{"--min-lower must be at least 1"}
	}
	cc := entity.NewCaseCounter()
	rd := ingest.NewReader([]string{*data}, nil)
	stories, docs := 0, 0
	for rd.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		stories++
		for _, d := range rd.Story().Docs {
			cc.Add(string(d.Data))
			docs++
		}
	}
	if err := rd.Err(); err != nil {
		return err
	}
	if docs == 0 {
		return fmt.Errorf("%s: no documents read: %v", *data, rd.Problems())
	}
	words := cc.Counts(*minLower)
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s %d %d\n", w.Word, w.Lower, w.Upper)
	}
	text := b.String()
	if *out == "-" {
		_, err := fmt.Fprint(e.stdout, text)
		return err
	}
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	fmt.Fprintf(e.stderr, "%d stories, %d documents: %d words with their case, to %s\n", stories, docs, len(words), *out)
	return nil
}
