package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/rouge"
)

// rougePair is one input line of the rouge command.
type rougePair struct {
	ID         string   `json:"id"`
	Candidate  string   `json:"candidate"`
	References []string `json:"references"`
}

// rougeScored is the official result of one pair.
type rougeScored struct {
	id  string
	res rouge.Result
}

func runRouge(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "rouge", "[flags] PAIRS.jsonl", `
Rouge scores candidate summaries against reference summaries exactly as the
official ROUGE-1.5.5 script does, with the script's options, and prints the
figures as the script prints them (five decimals; F from the rounded R and
P). Several references of one candidate are combined as under -f A: matches
and counts are summed over them before dividing.

PAIRS.jsonl (or - for standard input) holds one pair per line:
  {"id": "...", "candidate": "...", "references": ["...", ...]}
Each text has one sentence per line, as in ROUGE's SPL input; the lines are
the sentences of summary-level ROUGE-L, and empty lines are skipped.

As with the script, ROUGE-L is computed unless -x is given, ROUGE-N only
with -n and skip-bigrams only with -2. The usual set is -n 2 -2 4 -u -m.
The script's -a, -c, -r, -d, -f A and -t 0 are accepted and change nothing
(no confidence intervals are computed); -f B and -t 1|2 are not supported.

Text output is a table of the pairs and their mean; the script's printed
averages are means of bootstrap resamples and differ in the last digits.
JSON output is one line per pair: {"id", "rouge1": {"r","p","f"}, ...,
"rougeL", and "rougeSU4" (in general "rougeSU<gap>", or "rougeS<gap>"
without -u)}.`)
	n := fs.Int("n", 0, "compute ROUGE-1 to ROUGE-`N`")
	gap := fs.Int("2", 0, "compute skip-bigrams with at most `GAP` words between the two (ROUGE-S; negative: no limit)")
	unigrams := fs.Bool("u", false, "count unigrams with the skip-bigrams (ROUGE-SU); needs -2")
	stem := fs.Bool("m", false, "stem tokens of more than three letters: WordNet exceptions, then Porter")
	stop := fs.Bool("s", false, "remove the SMART stopwords")
	words := fs.Int("l", 0, "keep only the first `N` words of every summary")
	limitBytes := fs.Int("b", 0, "keep only the first `N` bytes of every summary")
	alpha := fs.Float64("p", 0.5, "`ALPHA` of F = P*R / ((1-ALPHA)*P + ALPHA*R), between 0 and 1")
	noLCS := fs.Bool("x", false, "leave ROUGE-L out")
	format := fs.String("format", "text", "output format: text or json")
	fs.Bool("a", false, "accepted for compatibility: every pair is scored")
	fs.Bool("d", false, "accepted for compatibility: per-pair scores are always shown")
	fs.Int("c", 95, "accepted for compatibility: no confidence intervals are computed")
	fs.Int("r", 1000, "accepted for compatibility: no resampling is done")
	formula := fs.String("f", "A", "scoring formula; only A, the model average, is supported")
	unit := fs.Int("t", 0, "counting unit; only 0, per summary, is supported")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts := rouge.Options{
		N: *n, SkipUnigrams: *unigrams, Stem: *stem, Stopwords: *stop, NoLCS: *noLCS,
		LimitWords: *words, LimitBytes: *limitBytes, Alpha: *alpha,
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "2" {
			opts.Skip, opts.SkipDistance = true, *gap
		}
	})
	switch {
	case *format != "text" && *format != "json":
		return usageError{fmt.Sprintf("unknown format %q: want text or json", *format)}
	case *formula != "A":
		return usageError{fmt.Sprintf("-f %s: only -f A is supported", *formula)}
	case *unit != 0:
		return usageError{fmt.Sprintf("-t %d: only -t 0 is supported", *unit)}
	case *unigrams && !opts.Skip:
		return usageError{"-u needs -2"}
	case len(rest) != 1:
		return usageError{"want one input: PAIRS.jsonl, or - for standard input"}
	}
	sc, err := rouge.NewScorer(opts)
	if err != nil {
		return usageError{err.Error()}
	}

	name, in := rest[0], e.stdin
	if name == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}

	out := bufio.NewWriter(e.stdout)
	var scored []rougeScored
	var problems storybrief.ErrorList
	count := 0
	err = readPairs(ctx, in, name, &problems, func(p rougePair) error {
		count++
		refs := make([][]string, len(p.References))
		for i, r := range p.References {
			refs[i] = []string{r}
		}
		res := sc.Score([]string{p.Candidate}, refs).Official(opts.Alpha)
		if *format == "json" {
			_, err := out.Write(rougeJSON(p.ID, res, opts))
			return err
		}
		scored = append(scored, rougeScored{p.ID, res})
		return nil
	})
	if err != nil {
		return err
	}
	if *format == "text" && len(scored) > 0 {
		rougeTable(out, scored, opts)
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if count == 0 {
		return errors.Join(errors.New("no pair could be read"), problems)
	}
	return partial(problems)
}

// readPairs calls fn for each pair of in, a JSON Lines stream named name,
// adding each line that is not a pair to problems with its line number.
func readPairs(ctx context.Context, in io.Reader, name string, problems *storybrief.ErrorList, fn func(rougePair) error) error {
	rd := bufio.NewReaderSize(in, 1<<16)
	pairs := 0
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := rd.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if b = bytes.TrimSpace(b); len(b) > 0 {
			var p rougePair
			src := fmt.Sprintf("%s:%d", name, line)
			switch perr := json.Unmarshal(b, &p); {
			case perr != nil:
				problems.Add(src, fmt.Errorf("not a pair: %w", perr))
			case len(p.References) == 0:
				problems.Add(src, errors.New("no references"))
			default:
				pairs++
				if err := fn(p); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if pairs == 0 && len(*problems) == 0 {
		return fmt.Errorf("%s: no pairs", name)
	}
	return nil
}

// rougeMeasures returns the names and scores of a result in the script's
// order: ROUGE-1 to ROUGE-N, ROUGE-L, then the skip-bigram measure.
func rougeMeasures(res rouge.Result, opts rouge.Options) (names []string, scores []rouge.Score) {
	for i, s := range res.N {
		names = append(names, fmt.Sprintf("ROUGE-%d", i+1))
		scores = append(scores, s)
	}
	if !opts.NoLCS {
		names = append(names, "ROUGE-L")
		scores = append(scores, res.L)
	}
	if opts.Skip {
		names = append(names, opts.SkipName())
		scores = append(scores, res.S)
	}
	return names, scores
}

// rougeJSON returns the JSON line of one pair: keys "rouge1", "rougeL",
// "rougeSU4" and so on, in the script's order, figures with five decimals.
func rougeJSON(id string, res rouge.Result, opts rouge.Options) []byte {
	b, _ := json.Marshal(id)
	b = append([]byte(`{"id":`), b...)
	names, scores := rougeMeasures(res, opts)
	for i, name := range names {
		b = append(b, `,"rouge`...)
		b = append(b, strings.TrimPrefix(name, "ROUGE-")...)
		b = append(b, `":{"r":`...)
		b = strconv.AppendFloat(b, scores[i].R, 'f', 5, 64)
		b = append(b, `,"p":`...)
		b = strconv.AppendFloat(b, scores[i].P, 'f', 5, 64)
		b = append(b, `,"f":`...)
		b = strconv.AppendFloat(b, scores[i].F, 'f', 5, 64)
		b = append(b, '}')
	}
	return append(b, "}\n"...)
}

// rougeTable writes the text table: a line per pair and the mean.
func rougeTable(w io.Writer, scored []rougeScored, opts rouge.Options) {
	names, _ := rougeMeasures(scored[0].res, opts)
	idw := len("mean")
	for _, s := range scored {
		idw = max(idw, len(s.id))
	}
	var head, sub strings.Builder
	fmt.Fprintf(&head, "%-*s", idw, "")
	fmt.Fprintf(&sub, "%-*s", idw, "pair")
	for _, name := range names {
		fmt.Fprintf(&head, "  %-23s", name)
		fmt.Fprintf(&sub, "  %-7s %-7s %-7s", "R", "P", "F")
	}
	fmt.Fprintln(w, strings.TrimRight(head.String(), " "))
	fmt.Fprintln(w, strings.TrimRight(sub.String(), " "))
	sums := make([]rouge.Score, len(names))
	row := func(id string, scores []rouge.Score) {
		fmt.Fprintf(w, "%-*s", idw, id)
		for _, s := range scores {
			fmt.Fprintf(w, "  %.5f %.5f %.5f", s.R, s.P, s.F)
		}
		fmt.Fprintln(w)
	}
	for _, s := range scored {
		_, scores := rougeMeasures(s.res, opts)
		for i, x := range scores {
			sums[i].R += x.R
			sums[i].P += x.P
			sums[i].F += x.F
		}
		row(s.id, scores)
	}
	k := float64(len(scored))
	for i := range sums {
		sums[i].R, sums[i].P, sums[i].F = sums[i].R/k, sums[i].P/k, sums[i].F/k
	}
	row("mean", sums)
	fmt.Fprintf(w, "mean of %d pair(s); the script prints means of bootstrap resamples, which differ in the last digits\n", len(scored))
}
